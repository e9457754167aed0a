package vn.ocop.workflow.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.criteria.ProductGroup;
import vn.ocop.workflow.unit.AdministrativeUnit;
import vn.ocop.workflow.unit.AdministrativeUnits;

/** The certificate registry: a product's current certificate, filtered lists, products by stage. */
@Service
public class Registry {

  /** One page of a list and the number of all entries that match. */
  public record Page<T>(List<T> items, int page, int size, long total) {
  }

  private final RegistryMapper mapper;
  private final AdministrativeUnits units;

  Registry(RegistryMapper mapper, AdministrativeUnits units) {
    this.mapper = mapper;
    this.units = units;
  }

  public Optional<CertificateEntry> current(String productCode) {
    return Optional.ofNullable(mapper.selectCurrentByProductCode(productCode, EngineClock.today()));
  }

  /**
   * Certificates of a unit (province, district or commune code; {@code null} for all), of a product
   * group, star count and status (each {@code null} for any), valid until {@code expiringWithinDays}
   * from today at the latest when given.
   */
  public Page<CertificateEntry> certificates(String unitCode, ProductGroup group, Integer stars, String status,
      Integer expiringWithinDays, int page, int size) {
    RegistryQuery query = new RegistryQuery();
    query.communeCodes = unitCode == null ? null : communeCodes(unitCode);
    if (group != null) {
      query.productSetFrom = group.firstSet();
      query.productSetTo = group.lastSet();
    }
    query.stars = stars;
    query.status = status;
    query.expiringBy = expiringWithinDays == null ? null : query.today.plusDays(expiringWithinDays);
    query.limit = size;
    query.offset = page * size;
    if (query.communeCodes != null && query.communeCodes.isEmpty()) {
      return new Page<>(List.of(), page, size, 0);
    }
    return new Page<>(mapper.selectCertificates(query), page, size, mapper.countCertificates(query));
  }

  public List<ProductStageEntry> productsAtStage(String stage, String unitCode, int page, int size) {
    return mapper.selectProductsByStage(stage, unitCode == null ? null : communeCodes(unitCode), size, page * size);
  }

  /** Names for display: the commune and its province. */
  public String communeName(String communeCode) {
    return units.find(communeCode).map(AdministrativeUnit::name).orElse(communeCode);
  }

  public String provinceName(String communeCode) {
    return units.find(communeCode).map(u -> units.provinceOf(u.code()).name()).orElse("");
  }

  private List<String> communeCodes(String unitCode) {
    return units.find(unitCode).map(u -> units.communesOf(u.code()).stream().map(AdministrativeUnit::code).toList())
        .orElse(List.of());
  }
}

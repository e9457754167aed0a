package vn.ocop.workflow.registry;

import vn.ocop.workflow.unit.UnitScope;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.workflow.certificate.CertificateEvent;
import vn.ocop.workflow.certificate.CertificateEvents;
import vn.ocop.workflow.certificate.CertificateMapper;
import vn.ocop.workflow.certificate.CertificateRow;
import vn.ocop.workflow.product.Products;
import vn.ocop.workflow.unit.AdministrativeUnits;

/**
 * The certificate registry for logged-in officers and supervisors, each within their own unit (see
 * {@link UnitScope}): certificates of every status with filters, and what happened to a certificate.
 * A unit or certificate outside the user's scope is refused (403) or not found (404), never shown.
 */
@RestController
@RequestMapping("/api/certificates")
class RegistryController {

  static final Pattern CERTIFICATE_NUMBER = Pattern.compile("OCOP-[0-9A-Z]{1,12}-[0-9]{4}-[0-9]{4}");
  static final List<String> STATUSES = List.of("VALID", "EXPIRED", "REVOKED", "SUPERSEDED");

  private final Registry registry;
  private final AdministrativeUnits units;
  private final CertificateMapper certificates;
  private final Products products;
  private final CertificateEvents events;

  RegistryController(Registry registry, AdministrativeUnits units, CertificateMapper certificates, Products products,
      CertificateEvents events) {
    this.registry = registry;
    this.units = units;
    this.certificates = certificates;
    this.products = products;
    this.events = events;
  }

  @GetMapping
  Registry.Page<CertificateEntry> certificates(Authentication user, @RequestParam(required = false) String unit,
      @RequestParam(required = false) String status, @RequestParam(required = false) String stars,
      @RequestParam(required = false) String productGroup, @RequestParam(required = false) String expiringWithinDays,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    UnitScope scope = scope(user);
    String unitCode = PublicParameters.unitCode(unit);
    if (unitCode != null && !scope.covers(unitCode, units)) {
      throw new PublicRequestException(HttpStatus.FORBIDDEN, "Bạn chỉ xem được sổ giấy chứng nhận của đơn vị mình.");
    }
    if (status != null && !STATUSES.contains(status)) {
      throw new PublicRequestException(HttpStatus.BAD_REQUEST,
          "Trạng thái phải là một trong: " + String.join(", ", STATUSES) + ".");
    }
    return registry.certificates(unitCode != null ? unitCode : scope.unitCode(), PublicParameters.productGroup(productGroup),
        PublicParameters.stars(stars), status,
        expiringWithinDays == null ? null : PublicParameters.number(expiringWithinDays, "expiringWithinDays", 0, 0, 1100),
        PublicParameters.number(page, "page", 0, 0, 100000),
        PublicParameters.number(size, "size", 20, 1, PublicParameters.MAX_PAGE_SIZE));
  }

  @GetMapping("/{certificateNumber}/events")
  List<CertificateEvent> events(Authentication user, @PathVariable String certificateNumber) {
    UnitScope scope = scope(user);
    if (!CERTIFICATE_NUMBER.matcher(certificateNumber).matches()) {
      throw new PublicRequestException(HttpStatus.BAD_REQUEST,
          "Số giấy chứng nhận không đúng định dạng (ví dụ OCOP-24-2026-0001).");
    }
    CertificateRow certificate = certificates.selectByNumber(certificateNumber);
    if (certificate == null || !scope.covers(products.byId(certificate.productId).communeCode, units)) {
      throw new PublicRequestException(HttpStatus.NOT_FOUND,
          "Không tìm thấy giấy chứng nhận số " + certificateNumber + " trong đơn vị của bạn.");
    }
    return events.of(certificate.id);
  }

  @ExceptionHandler(PublicRequestException.class)
  ResponseEntity<Map<String, String>> refused(PublicRequestException e) {
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", e.getMessage()));
  }

  private UnitScope scope(Authentication user) {
    List<String> groups = user == null ? List.of()
        : user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    return UnitScope.of(groups, units).orElseThrow(() -> new PublicRequestException(HttpStatus.FORBIDDEN,
        "Tài khoản của bạn không được xem sổ giấy chứng nhận."));
  }
}

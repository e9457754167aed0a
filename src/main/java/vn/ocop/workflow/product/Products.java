package vn.ocop.workflow.product;

import org.springframework.stereotype.Component;
import vn.ocop.workflow.criteria.CriteriaCatalog;
import vn.ocop.workflow.unit.AdministrativeUnits;

/** What the other features ask about a product: its row, its context, its code. */
@Component
public class Products {

  private final ProductMapper mapper;
  private final CriteriaCatalog criteria;
  private final AdministrativeUnits units;

  Products(ProductMapper mapper, CriteriaCatalog criteria, AdministrativeUnits units) {
    this.mapper = mapper;
    this.criteria = criteria;
    this.units = units;
  }

  /** The product of {@code id}, or {@code null}. */
  public ProductRow byId(long id) {
    return mapper.selectProductById(id);
  }

  /** The product of an OCOP product code, or {@code null}. */
  public ProductRow byCode(String productCode) {
    return mapper.selectProductByCode(productCode);
  }

  /** Gives a product its OCOP code (at its first certificate). */
  public void assignCode(long productId, String productCode) {
    mapper.updateProductCode(productId, productCode);
  }

  /** Product, producer, criteria set and commune of a product, in one query. */
  public ProductContext context(long productId) {
    ProductMapper.ContextRow row = mapper.selectContext(productId);
    if (row == null) {
      throw new IllegalStateException("No product " + productId);
    }
    return new ProductContext(row.productId, row.productCode, row.productName, row.productSet,
        criteria.get(row.productSet).title(), row.communeCode, units.get(row.communeCode).name(), row.producerName,
        row.producerType, row.representativeName, row.representativePosition, row.producerAddress, row.producerPhone,
        row.producerEmail);
  }
}

package vn.ocop.workflow.product;

import java.time.LocalDateTime;

/** A row of {@code ocop_product}. */
public class ProductRow {
  public Long id;
  public Long producerId;
  public String name;
  public int productSet;
  public String communeCode;
  public String productCode;
  public LocalDateTime createdAt;
}

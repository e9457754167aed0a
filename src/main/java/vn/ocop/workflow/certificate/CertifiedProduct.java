package vn.ocop.workflow.certificate;

import java.util.Comparator;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.product.ProductContext;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.product.Products;

/**
 * The product of a certificate's lifecycle, for the texts of its notices: the lifecycle has its product by
 * reference ({@code productId}), and reads the product's name, producer and commune from the product when a
 * notice says them; and the number of the product's valid certificate, for the trade promotion the cycle
 * calls once the product is certified. In a model: {@code ${certifiedProduct.name(execution)}}.
 */
@Component("certifiedProduct")
public class CertifiedProduct {

  private static final Logger LOG = LoggerFactory.getLogger(CertifiedProduct.class);

  private final Products products;
  private final CertificateMapper certificates;

  CertifiedProduct(Products products, CertificateMapper certificates) {
    this.products = products;
    this.certificates = certificates;
  }

  /** The product's name. */
  public String name(VariableScope scope) {
    return context(scope).productName();
  }

  /** The producer's name. */
  public String producer(VariableScope scope) {
    return context(scope).producerName();
  }

  /** The name of the product's commune, as in "Xã Tam Tiến". */
  public String commune(VariableScope scope) {
    return context(scope).communeName();
  }

  /**
   * The number of the product's valid certificate (the newest, should there be two), or {@code null} when it
   * has none: the promotion plan's form then shows the line empty rather than the officer's step failing.
   */
  public String certificateNumber(VariableScope scope) {
    long productId = ProductVariables.productId(scope);
    return certificates.selectByProduct(productId).stream().filter(row -> "VALID".equals(row.status))
        .max(Comparator.comparing((CertificateRow row) -> row.id)).map(row -> row.certificateNumber)
        .orElseGet(() -> {
          LOG.warn("Product {} has no valid certificate to show in its trade promotion", productId);
          return null;
        });
  }

  private ProductContext context(VariableScope scope) {
    return products.context(ProductVariables.productId(scope));
  }
}

package vn.ocop.workflow.certificate;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.product.ProductContext;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.product.Products;

/**
 * The product of a certificate's lifecycle, for the texts of its notices: the lifecycle has its product by
 * reference ({@code productId}), and reads the product's name, producer and commune from the product when a
 * notice says them. In a model: {@code ${certifiedProduct.name(execution)}}.
 */
@Component("certifiedProduct")
public class CertifiedProduct {

  private final Products products;

  CertifiedProduct(Products products) {
    this.products = products;
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

  private ProductContext context(VariableScope scope) {
    return products.context(ProductVariables.productId(scope));
  }
}

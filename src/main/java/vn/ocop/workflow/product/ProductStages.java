package vn.ocop.workflow.product;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code ocop_product.stage} current, so a product's stage is a query, not a walk through the
 * engine's history: {@code camunda:expression="${productStage.set(execution, 'BUSINESS_PLAN')}"} on the
 * start of each step of the cycle. A name that is not a {@link ProductStage} fails the step.
 */
@Component("productStage")
public class ProductStages {

  private final ProductMapper mapper;

  ProductStages(ProductMapper mapper) {
    this.mapper = mapper;
  }

  public void set(DelegateExecution execution, String stage) {
    set(ProductVariables.productId(execution), ProductStage.valueOf(stage));
  }

  public void set(long productId, ProductStage stage) {
    mapper.updateStage(productId, stage.name(), vn.ocop.workflow.common.EngineClock.now());
  }

  /** The stage of a product; {@code null} before its cycle set one (a product registered for evaluation only). */
  public ProductStage of(long productId) {
    String stage = mapper.selectStage(productId);
    return stage == null ? null : ProductStage.valueOf(stage);
  }
}

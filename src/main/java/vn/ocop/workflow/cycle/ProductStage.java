package vn.ocop.workflow.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.evaluation.EvaluationVariables;

/**
 * Keeps {@code ocop_product.stage} current, so a product's stage is a query, not a walk through the
 * engine's history: {@code camunda:expression="${productStage.set(execution, 'BUSINESS_PLAN')}"} on the
 * start of each step of the cycle.
 */
@Component("productStage")
public class ProductStage {

  private final CycleMapper mapper;

  ProductStage(CycleMapper mapper) {
    this.mapper = mapper;
  }

  public void set(DelegateExecution execution, String stage) {
    mapper.updateProductStage(EvaluationVariables.productId(execution), stage);
  }
}

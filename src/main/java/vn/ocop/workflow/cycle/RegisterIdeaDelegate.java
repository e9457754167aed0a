package vn.ocop.workflow.cycle;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.criteria.CriteriaCatalog;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.criteria.ProductGroup;
import vn.ocop.workflow.product.ProductRegistration;
import vn.ocop.workflow.product.ProductRow;
import vn.ocop.workflow.product.ProductStage;
import vn.ocop.workflow.product.ProductStages;
import vn.ocop.workflow.evaluation.EvaluationVariables;
import vn.ocop.workflow.form.FormValidator;
import vn.ocop.workflow.unit.AdministrativeUnit;
import vn.ocop.workflow.unit.CommuneResolver;

/**
 * Task_RegisterIdea: checks the idea form (mẫu số 1 or 2) on the server, registers the producer, the
 * product (stage IDEA) and the idea, and puts the product's context into the cycle: every later step,
 * the evaluation included, works on this product.
 */
@Component("registerIdeaDelegate")
class RegisterIdeaDelegate implements JavaDelegate {

  private final FormValidator validator;
  private final ProductRegistration products;
  private final CycleMapper cycle;
  private final ProductStages stages;
  private final CommuneResolver communes;
  private final CriteriaCatalog criteria;

  RegisterIdeaDelegate(FormValidator validator, ProductRegistration products, CycleMapper cycle, ProductStages stages,
      CommuneResolver communes, CriteriaCatalog criteria) {
    this.stages = stages;
    this.validator = validator;
    this.products = products;
    this.cycle = cycle;
    this.communes = communes;
    this.criteria = criteria;
  }

  @Override
  public void execute(DelegateExecution execution) {
    validator.validate(IdeaFormRules.FORM_ID, execution::getVariable);
    AdministrativeUnit commune = communes.ofRegistration(execution, IdeaFormRules.FORM_ID);
    Object received = execution.getVariable(EvaluationVariables.RECEIVED_ON);
    LocalDate receivedOn = received == null || received.toString().isBlank()
        ? EngineClock.today() : LocalDate.parse(received.toString().trim());
    CriteriaSet set = criteria.get(Integer.parseInt(execution.getVariable(ProductVariables.PRODUCT_SET).toString()));
    LocalDateTime now = EngineClock.dateTime();

    ProductRow product = products.registerNew(execution, commune, set);
    stages.set(product.id, ProductStage.IDEA);

    CycleMapper.IdeaRow idea = new CycleMapper.IdeaRow();
    idea.productId = product.id;
    idea.formType = ProductRegistration.text(execution, CycleVariables.IDEA_FORM_TYPE);
    idea.description = ProductRegistration.text(execution, CycleVariables.IDEA_DESCRIPTION);
    idea.receivedOn = receivedOn;
    idea.status = "RECEIVED";
    idea.processInstanceId = execution.getProcessInstanceId();
    idea.createdAt = now;
    idea.updatedAt = now;
    cycle.insertIdea(idea);

    execution.setProcessBusinessKey("YT-" + commune.code() + "-" + receivedOn.getYear() + "-" + idea.id);

    // The cycle has its product by reference: the product's id, and what its decisions and routing read. The
    // names (product set, commune) are the product's; a task shows them from the product (its header). Every
    // variable written costs a row in the runtime and two in the history: values the form already holds as
    // they should be are not written again.
    Map<String, Object> context = new HashMap<>();
    context.put(ProductVariables.PRODUCT_ID, product.id);
    putIfChanged(execution, context, ProductVariables.COMMUNE_CODE, commune.code());
    putIfChanged(execution, context, EvaluationVariables.RECEIVED_ON, receivedOn.toString());
    context.put(EvaluationVariables.SUBMISSION_DATE, Date.from(receivedOn.atStartOfDay(EngineClock.ZONE).toInstant()));
    context.put(CycleVariables.PRODUCT_GROUP, ProductGroup.ofSet(set.number()).name());
    context.put(CycleVariables.ENTITY_TYPE, ProductRegistration.text(execution, ProductVariables.PRODUCER_TYPE));
    context.put(CycleVariables.EXISTING_PRODUCT, "EXISTING".equals(idea.formType));
    putIfChanged(execution, context, CycleVariables.HAS_BUSINESS_REGISTRATION,
        Boolean.TRUE.equals(execution.getVariable(CycleVariables.HAS_BUSINESS_REGISTRATION))
            || "true".equals(execution.getVariable(CycleVariables.HAS_BUSINESS_REGISTRATION)));
    execution.setVariables(context);
  }

  /** Puts {@code value} unless the execution holds it already (of the same type). */
  private static void putIfChanged(DelegateExecution execution, Map<String, Object> context, String name, Object value) {
    if (!value.equals(execution.getVariable(name))) {
      context.put(name, value);
    }
  }

}

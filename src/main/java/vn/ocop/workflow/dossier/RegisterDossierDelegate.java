package vn.ocop.workflow.dossier;

import static vn.ocop.workflow.evaluation.EvaluationVariables.*;
import static vn.ocop.workflow.product.ProductVariables.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.common.Sequences;
import vn.ocop.workflow.criteria.CriteriaCatalog;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.evaluation.EvaluationVariables;
import vn.ocop.workflow.form.FormValidationException;
import vn.ocop.workflow.form.FormValidator;
import vn.ocop.workflow.product.ProductRegistration;
import vn.ocop.workflow.product.ProductRow;
import vn.ocop.workflow.product.Products;
import vn.ocop.workflow.unit.AdministrativeUnit;
import vn.ocop.workflow.unit.AdministrativeUnits;
import vn.ocop.workflow.unit.CommuneResolver;

/**
 * Task_RegisterDossier: checks the registration (Mẫu 01) on the server, stores producer, product and
 * dossier, numbers the registration ({@code n/PĐK-province-commune-year}, also the business key) and
 * puts the context every later form shows into the process. A refused registration starts nothing.
 */
@Component("registerDossierDelegate")
class RegisterDossierDelegate implements JavaDelegate {

  static final String STATUS_AT_COMMUNE = "AT_COMMUNE";

  private final FormValidator validator;
  private final DossierMapper mapper;
  private final AdministrativeUnits units;
  private final CriteriaCatalog criteria;
  private final Sequences sequences;
  private final CommuneResolver communes;
  private final ProductRegistration products;
  private final Products catalogue;
  private final RegistrationEligibility eligibility;

  RegisterDossierDelegate(FormValidator validator, DossierMapper mapper, AdministrativeUnits units,
      CriteriaCatalog criteria, Sequences sequences, CommuneResolver communes, ProductRegistration products,
      Products catalogue, RegistrationEligibility eligibility) {
    this.catalogue = catalogue;
    this.eligibility = eligibility;
    this.validator = validator;
    this.mapper = mapper;
    this.units = units;
    this.criteria = criteria;
    this.sequences = sequences;
    this.communes = communes;
    this.products = products;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // From the cycle the product comes by reference: the registration's fields are the product's, as registered.
    Map<String, Object> registered = execution.getVariable(PRODUCT_ID) == null
        ? Map.of() : catalogue.context(ProductVariables.productId(execution)).registration();
    Function<String, Object> form = name -> execution.getVariable(name) != null
        ? execution.getVariable(name) : registered.get(name);
    validator.validate(DossierRegistrationRules.FORM_ID, form);
    AdministrativeUnit commune = communes.ofRegistration(execution, DossierRegistrationRules.FORM_ID);
    LocalDate receivedOn = isBlank(execution.getVariable(RECEIVED_ON))
        ? EngineClock.today() : LocalDate.parse(execution.getVariable(RECEIVED_ON).toString().trim());
    String dossierType = ProductRegistration.text(execution, DOSSIER_TYPE);
    CriteriaSet set = criteria.get(Integer.parseInt(form.apply(PRODUCT_SET).toString()));
    if (execution.getVariable(PRODUCT_ID) == null) {
      eligibility.check(form, ProductRegistration.text(execution, PRODUCER_TYPE), set.number());
    }
    LocalDateTime now = EngineClock.dateTime();

    ProductRow product = execution.getVariable(PRODUCT_ID) != null
        ? cycleProduct(ProductVariables.productId(execution), commune)
        : "FIRST".equals(dossierType)
            ? products.registerNew(execution, commune, set)
            : existingProduct(ProductRegistration.text(execution, PRODUCT_CODE), commune);

    DossierRow dossier = new DossierRow();
    dossier.productId = product.id;
    dossier.dossierType = dossierType;
    dossier.receivedOn = receivedOn;
    dossier.sampleCount = execution.getVariable(SAMPLE_COUNT) == null
        ? null : ((Number) asNumber(execution.getVariable(SAMPLE_COUNT))).intValue();
    dossier.processInstanceId = execution.getProcessInstanceId();
    dossier.status = STATUS_AT_COMMUNE;
    dossier.createdAt = now;
    dossier.updatedAt = now;
    mapper.insertDossier(dossier);

    AdministrativeUnit province = units.provinceOf(commune.code());
    long number = sequences.next("registration-" + commune.code() + "-" + receivedOn.getYear());
    String registrationNumber = number + "/PĐK-" + province.code() + "-" + commune.code() + "-" + receivedOn.getYear();
    execution.setProcessBusinessKey(registrationNumber);

    Map<String, Object> context = new HashMap<>();
    context.put(DOSSIER_ID, dossier.id);
    context.put(PRODUCT_ID, product.id);
    context.put(REGISTRATION_NUMBER, registrationNumber);
    context.put(COMMUNE_CODE, commune.code());
    context.put(COMMUNE_NAME, commune.name());
    context.put(RECEIVED_ON, receivedOn.toString());
    context.put(SUBMISSION_DATE, Date.from(receivedOn.atStartOfDay(EngineClock.ZONE).toInstant()));
    context.put(PRODUCT_SET_NAME, set.title());
    context.put(SCORE_SHEET_FORM_ID, set.formId());
    context.put(PRODUCT_CODE, product.productCode);
    context.put(PRODUCT_NAME, product.name);
    context.put(DISQUALIFIED, false);
    if (execution.getVariable(PRODUCT_SET) == null) {
      context.put(PRODUCT_SET, set.number());
    }
    execution.setVariables(context);
  }

  /** The product the full cycle has carried from its idea: registered already, of this commune. */
  private ProductRow cycleProduct(long productId, AdministrativeUnit commune) {
    ProductRow product = catalogue.byId(productId);
    if (product == null || !product.communeCode.equals(commune.code())) {
      throw new IllegalStateException("Product " + productId + " is not a product of commune " + commune.code());
    }
    return product;
  }

  private ProductRow existingProduct(String productCode, AdministrativeUnit commune) {
    ProductRow product = catalogue.byCode(productCode);
    if (product == null || !product.communeCode.equals(commune.code())) {
      throw new FormValidationException(DossierRegistrationRules.FORM_ID,
          List.of("Không tìm thấy sản phẩm OCOP mã «" + productCode + "» của " + commune.name() + "."));
    }
    return product;
  }


  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }

  private static Object asNumber(Object value) {
    return value instanceof Number ? value : Double.valueOf(value.toString().trim());
  }
}

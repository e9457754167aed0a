package vn.ocop.workflow.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.criteria.ProductGroup;
import vn.ocop.workflow.form.FormValidationException;

/**
 * Art. 2.3 QĐ 26/2026/QĐ-TTg at registration: a dossier registered directly (not carried from an idea, where
 * the cycle checked it) is refused when its producer may not take part with this product — an association
 * with anything but tourism, a farm or household without business registration, a firm that is not an SME
 * under Decree 80/2021. The rules are the decisions smeSize and entityEligibility (dmn/ocopEligibility.dmn),
 * the same the idea stage uses.
 */
@Component
class RegistrationEligibility {

  // Names the registration form shares with the idea form (declared in cycle's variables).
  static final String HAS_BUSINESS_REGISTRATION = "hasBusinessRegistration";
  static final String SECTOR = "sector";
  static final String INSURED_EMPLOYEES = "insuredEmployees";
  static final String ANNUAL_REVENUE = "annualRevenueBillionVnd";
  static final String TOTAL_CAPITAL = "totalCapitalBillionVnd";

  private final DecisionService decisions;

  RegistrationEligibility(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** Refuses (Vietnamese reason of the table) a producer who may not register this product set. */
  void check(Function<String, Object> form, String producerType, int productSet) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("entityType", producerType);
    inputs.put("productGroup", ProductGroup.ofSet(productSet).name());
    inputs.put(HAS_BUSINESS_REGISTRATION, Boolean.TRUE.equals(asBoolean(form.apply(HAS_BUSINESS_REGISTRATION))));
    inputs.put("smeSize", "SME".equals(producerType) ? smeSize(form) : null);
    DmnDecisionResult result = decisions.evaluateDecisionByKey("entityEligibility").variables(inputs).evaluate();
    if (result.isEmpty()) {
      throw new FormValidationException(DossierRegistrationRules.FORM_ID,
          List.of("Loại hình chủ thể «" + producerType + "» không có trong danh sách."));
    }
    if (!Boolean.TRUE.equals(result.getSingleResult().getEntry("eligible"))) {
      throw new FormValidationException(DossierRegistrationRules.FORM_ID,
          List.of(result.getSingleResult().<String>getEntry("reason")
              + " (Điều 2 khoản 3 Quyết định 26/2026/QĐ-TTg)"));
    }
  }

  private String smeSize(Function<String, Object> form) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(SECTOR, form.apply(SECTOR) == null ? null : form.apply(SECTOR).toString());
    inputs.put(INSURED_EMPLOYEES, number(form.apply(INSURED_EMPLOYEES), true));
    inputs.put(ANNUAL_REVENUE, number(form.apply(ANNUAL_REVENUE), false));
    inputs.put(TOTAL_CAPITAL, number(form.apply(TOTAL_CAPITAL), false));
    DmnDecisionResult result = decisions.evaluateDecisionByKey("smeSize").variables(inputs).evaluate();
    return result.isEmpty() ? null : result.getSingleResult().getSingleEntry();
  }

  private static Object number(Object value, boolean whole) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
    return whole ? (Object) (long) number : (Object) number;
  }

  private static Object asBoolean(Object value) {
    return value instanceof String text ? Boolean.valueOf(text.trim()) : value;
  }
}

package vn.ocop.workflow.certificate;

import static vn.ocop.workflow.certificate.LifecycleVariables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.common.AsSystem;
import vn.ocop.workflow.product.ProductRegistration;
import vn.ocop.workflow.evaluation.EvaluationVariables;
import vn.ocop.workflow.form.FormValidationException;
import vn.ocop.workflow.form.FormValidator;
import vn.ocop.workflow.unit.AdministrativeUnits;

/**
 * Task_ForwardFinding (process certificateFinding): checks the finding a province officer records in
 * Tasklist and hands it to the lifecycle of the product's valid certificate, which opens an ad hoc
 * inspection for the province. Refused, with nothing started: an unknown code, a product without a valid
 * certificate, a product of another province, or one whose inspection is already under way.
 */
@Component("forwardFindingDelegate")
class ForwardFindingDelegate implements JavaDelegate {

  static final String FORM_ID = "certificateFinding";

  private final FormValidator validator;
  private final CertificateMapper certificates;
  private final AdministrativeUnits units;

  ForwardFindingDelegate(FormValidator validator, CertificateMapper certificates, AdministrativeUnits units) {
    this.validator = validator;
    this.certificates = certificates;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    validator.validate(FORM_ID, execution::getVariable);
    String productCode = ProductRegistration.text(execution, ProductVariables.PRODUCT_CODE);
    LifecycleContext certificate = certificates.selectValidByProductCode(productCode);
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    if (certificate == null || !ofOwnProvince(identity.getCurrentAuthentication(), certificate.communeCode())) {
      throw refused("Không có sản phẩm OCOP mã «" + productCode + "» đang có giấy chứng nhận còn hiệu lực của tỉnh.");
    }
    execution.setProcessBusinessKey(productCode);
    execution.setVariable(EvaluationVariables.CERTIFICATE_NUMBER, certificate.certificateNumber());
    execution.setVariable(ProductVariables.PRODUCT_NAME, certificate.productName());
    try {
      AsSystem.call(identity, () -> execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(MESSAGE_FINDING)
          .processInstanceBusinessKey(certificate.certificateNumber())
          .setVariables(Map.of(FINDING_REPORTED, true,
              FINDING_SOURCE, ProductRegistration.text(execution, FINDING_SOURCE),
              FINDING_SUMMARY, ProductRegistration.text(execution, FINDING_SUMMARY)))
          .correlateWithResult());
    } catch (MismatchingMessageCorrelationException e) {
      throw refused("Sản phẩm «" + certificate.productName() + "» đang được kiểm tra hoặc đang chờ quyết định thu hồi: "
          + "ghi phản ánh này vào công việc đang mở của cơ quan OCOP tỉnh.");
    }
  }

  /** A province officer reports on their own province's products; the Java API without a user may report any. */
  private boolean ofOwnProvince(Authentication user, String communeCode) {
    return user == null
        || user.getGroupIds() != null && user.getGroupIds().contains(units.provinceOf(communeCode).groupId());
  }

  private static FormValidationException refused(String message) {
    return new FormValidationException(FORM_ID, List.of(message));
  }
}

package vn.ocop.workflow.certificate;

import static vn.ocop.workflow.certificate.LifecycleVariables.RE_EVALUATION_RECEIVED_ON;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.unit.AdministrativeUnits;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.common.Sequences;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.dossier.DossierRow;
import vn.ocop.workflow.evaluation.CouncilMembers;
import vn.ocop.workflow.evaluation.EvaluationVariables;

/**
 * Task_RegisterReEvaluation: stores the RE_EVALUATION dossier the commune received, numbers its
 * registration ({@code n/PĐK-province-commune-year}, as for every dossier) and lists the council members
 * the province can ask for written opinions.
 */
@Component("registerReEvaluationDelegate")
class RegisterReEvaluationDelegate implements JavaDelegate {

  private final DossierMapper dossiers;
  private final Sequences sequences;
  private final CertificateEvents events;
  private final CertificateMapper certificates;
  private final AdministrativeUnits units;

  static final int ARTICLE_12_3_DAYS = 180;

  RegisterReEvaluationDelegate(DossierMapper dossiers, Sequences sequences, CertificateEvents events,
      CertificateMapper certificates, AdministrativeUnits units) {
    this.certificates = certificates;
    this.units = units;
    this.dossiers = dossiers;
    this.sequences = sequences;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate receivedOn = LocalDate.parse(execution.getVariable(RE_EVALUATION_RECEIVED_ON).toString().trim());
    LocalDateTime now = EngineClock.dateTime();
    DossierRow dossier = new DossierRow();
    dossier.productId = ProductVariables.productId(execution);
    dossier.dossierType = "RE_EVALUATION";
    dossier.receivedOn = receivedOn;
    dossier.regime = "QD26_2026";
    dossier.processInstanceId = execution.getProcessInstanceId();
    dossier.status = "AT_PROVINCE";
    dossier.createdAt = now;
    dossier.updatedAt = now;
    dossiers.insertDossier(dossier);

    String commune = execution.getVariable(ProductVariables.COMMUNE_CODE).toString();
    String province = units.provinceOf(commune).code();
    long number = sequences.next("registration-" + commune + "-" + receivedOn.getYear());
    String registrationNumber = number + "/PĐK-" + province + "-" + commune + "-" + receivedOn.getYear();
    execution.setVariable(EvaluationVariables.DOSSIER_ID, dossier.id);
    execution.setVariable(EvaluationVariables.REGISTRATION_NUMBER, registrationNumber);
    execution.setVariable(EvaluationVariables.AVAILABLE_COUNCIL_MEMBERS,
        CouncilMembers.options(execution.getProcessEngineServices().getIdentityService()));
    events.record(execution, "RE_EVALUATION_REQUESTED", "Xã nhận hồ sơ đánh giá lại ngày "
        + receivedOn.format(CertificateIssuer.VIETNAMESE_DATE) + ", phiếu đăng ký số " + registrationNumber + ".");
    if (Boolean.TRUE.equals(execution.getVariable(LifecycleVariables.LATE_DOSSIER_ACCEPTED))) {
      extendUntilTheResult(execution);
    }
  }

  /**
   * Art. 12.3 QĐ 26/2026/QĐ-TTg: the certificate stays valid until the result, at most 180 days after it expires:
   * the expiry timer moves to the end of that day; a renewal supersedes the certificate earlier.
   */
  private void extendUntilTheResult(DelegateExecution execution) {
    LocalDate validUntil = EngineClock.dateOf((java.util.Date) execution.getVariable(LifecycleVariables.VALID_UNTIL));
    LocalDate extendedUntil = validUntil.plusDays(ARTICLE_12_3_DAYS);
    java.util.Date expiresAt = EngineClock.startOf(extendedUntil.plusDays(1));
    ManagementService management = execution.getProcessEngineServices().getManagementService();
    Job expiry = management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId("BoundaryEvent_CertificateExpires").singleResult();
    if (expiry == null) {
      throw new IllegalStateException("No expiry timer in lifecycle " + execution.getProcessInstanceId());
    }
    management.setJobDuedate(expiry.getId(), expiresAt);
    execution.setVariable(LifecycleVariables.EXPIRES_AT, expiresAt);
    certificates.extend(LifecycleVariables.certificateId(execution), extendedUntil);
    events.record(execution, "VALIDITY_EXTENDED", "Điều 12 khoản 3 Quyết định 26/2026/QĐ-TTg: giấy chứng nhận còn"
        + " hiệu lực đến khi có kết quả đánh giá lại, chậm nhất đến hết ngày "
        + extendedUntil.format(CertificateIssuer.VIETNAMESE_DATE) + ".");
  }
}

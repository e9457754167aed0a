package vn.ocop.workflow.certificate;

import static vn.ocop.workflow.certificate.LifecycleVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordRevocationDecision: a revoked certificate is REVOKED at once, with its ground and decision
 * (the public lookup shows it); a certificate not revoked keeps being watched, with the reason recorded.
 */
@Component("recordRevocationDecisionDelegate")
class RecordRevocationDecisionDelegate implements JavaDelegate {

  private final CertificateMapper certificates;
  private final CertificateEvents events;

  RecordRevocationDecisionDelegate(CertificateMapper certificates, CertificateEvents events) {
    this.certificates = certificates;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long certificateId = LifecycleVariables.certificateId(execution);
    if (Boolean.TRUE.equals(execution.getVariable(CERTIFICATE_REVOKED))) {
      RevocationGround ground = RevocationGround.find(execution.getVariable(REVOCATION_GROUND)).orElseThrow();
      String decision = execution.getVariable(REVOCATION_DECISION_NUMBER).toString().trim();
      LocalDate revokedOn = LocalDate.parse(execution.getVariable(REVOCATION_DATE).toString().trim());
      if (certificates.end(certificateId, "REVOKED", revokedOn, ground.name(), decision) != 1) {
        throw new IllegalStateException("Certificate " + certificateId + " is no longer valid and cannot be revoked");
      }
      events.record(execution, "REVOKED", "Thu hồi theo quyết định số " + decision + " ngày "
          + revokedOn.format(CertificateIssuer.VIETNAMESE_DATE) + " của "
          + execution.getVariable(REVOCATION_AUTHORITY_NAME) + ". Căn cứ: " + ground.label() + ".");
    } else {
      events.record(execution, "REVOCATION_DECLINED", "Không thu hồi: "
          + execution.getVariable(REVOCATION_NOTE).toString().trim());
    }
  }
}

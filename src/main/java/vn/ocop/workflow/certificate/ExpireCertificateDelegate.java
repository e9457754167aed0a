package vn.ocop.workflow.certificate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;

/** Task_ExpireCertificate: 36 months have passed without renewal; the certificate is EXPIRED. */
@Component("expireCertificateDelegate")
class ExpireCertificateDelegate implements JavaDelegate {

  private final CertificateMapper certificates;
  private final CertificateEvents events;

  ExpireCertificateDelegate(CertificateMapper certificates, CertificateEvents events) {
    this.certificates = certificates;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long certificateId = LifecycleVariables.certificateId(execution);
    // the last valid day: the valid-until day, or the last day of an Art. 12.3 extension
    Object expiresAt = execution.getVariable(LifecycleVariables.EXPIRES_AT);
    java.time.LocalDate lastDay = expiresAt == null // a lifecycle planned before expiresAt existed
        ? EngineClock.dateOf((java.util.Date) execution.getVariable(LifecycleVariables.VALID_UNTIL))
        : EngineClock.dateOf((java.util.Date) expiresAt).minusDays(1);
    certificates.end(certificateId, "EXPIRED", lastDay, null, null);
    events.record(execution, "EXPIRED", "Giấy chứng nhận hết hiệu lực (có hiệu lực đến hết ngày "
        + lastDay.format(CertificateIssuer.VIETNAMESE_DATE) + ").");
  }
}

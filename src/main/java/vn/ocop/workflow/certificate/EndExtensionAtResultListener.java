package vn.ocop.workflow.certificate;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;

/**
 * End of Task_RecordNotRenewed: Art. 12.3 QĐ 26/2026/QĐ-TTg keeps a certificate valid "until the day of the
 * result": when a re-evaluation of an extended certificate is not renewed after its valid-until day, the
 * certificate expires at the end of the result's day rather than at the end of the 180 days.
 */
@Component("endExtensionAtResultListener")
class EndExtensionAtResultListener implements ExecutionListener {

  private final CertificateMapper certificates;

  EndExtensionAtResultListener(CertificateMapper certificates) {
    this.certificates = certificates;
  }

  @Override
  public void notify(DelegateExecution execution) {
    LocalDate today = EngineClock.today();
    LocalDate validUntil = EngineClock.dateOf((Date) execution.getVariable(LifecycleVariables.VALID_UNTIL));
    Object expiresAt = execution.getVariable(LifecycleVariables.EXPIRES_AT);
    if (!today.isAfter(validUntil) || expiresAt == null
        || !EngineClock.dateOf((Date) expiresAt).isAfter(today.plusDays(1))) {
      return;
    }
    Date endOfResultDay = EngineClock.startOf(today.plusDays(1));
    ManagementService management = execution.getProcessEngineServices().getManagementService();
    Job expiry = management.createJobQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId("BoundaryEvent_CertificateExpires").singleResult();
    if (expiry != null) {
      management.setJobDuedate(expiry.getId(), endOfResultDay);
      execution.setVariable(LifecycleVariables.EXPIRES_AT, endOfResultDay);
      certificates.extend(LifecycleVariables.certificateId(execution), today);
    }
  }
}

package vn.ocop.workflow.certificate;

import static vn.ocop.workflow.certificate.LifecycleVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;

/**
 * Task_RecordInspection: records a periodic or ad hoc inspection. When it found a ground for revocation,
 * the decision is due 15 days after the conclusion (Art. 8.4). The next inspection is periodic unless
 * another finding is reported.
 */
@Component("recordInspectionDelegate")
class RecordInspectionDelegate implements JavaDelegate {

  static final int REVOCATION_DAYS = 15;

  private final CertificateEvents events;

  RecordInspectionDelegate(CertificateEvents events) {
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean adHoc = Boolean.TRUE.equals(execution.getVariable(FINDING_REPORTED));
    boolean groundFound = Boolean.TRUE.equals(execution.getVariable(REVOCATION_GROUND_FOUND));
    String date = LocalDate.parse(execution.getVariable(INSPECTION_DATE).toString().trim())
        .format(CertificateIssuer.VIETNAMESE_DATE);
    StringBuilder text = new StringBuilder(adHoc ? "Kiểm tra đột xuất" : "Kiểm tra định kỳ")
        .append(" ngày ").append(date).append(": ").append(execution.getVariable(INSPECTION_FINDINGS).toString().trim());
    if (groundFound) {
      RevocationGround ground = RevocationGround.find(execution.getVariable(REVOCATION_GROUND)).orElseThrow();
      LocalDate conclusion = LocalDate.parse(execution.getVariable(CONCLUSION_DATE).toString().trim());
      execution.setVariable(REVOCATION_GROUND_NAME, ground.label());
      execution.setVariable(REVOCATION_DEADLINE, EngineClock.startOf(conclusion.plusDays(REVOCATION_DAYS + 1)));
      text.append(" Có căn cứ thu hồi: ").append(ground.label()).append(".");
    }
    execution.setVariable(INSPECTION_KIND, adHoc ? "AD_HOC" : "PERIODIC");
    execution.setVariable(FINDING_REPORTED, false);
    events.record(execution, "INSPECTION", text.toString());
  }
}

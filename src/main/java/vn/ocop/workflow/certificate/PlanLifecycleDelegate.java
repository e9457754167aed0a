package vn.ocop.workflow.certificate;

import static vn.ocop.workflow.certificate.LifecycleVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.unit.AdministrativeUnits;

/**
 * Task_PlanLifecycle: the dates the certificate's life turns on (Decision 26/2026/QĐ-TTg) and who may
 * revoke it, and records the issue.
 * <ul>
 *   <li>the re-evaluation dossier is due no earlier than 180 and no later than 120 days before expiry
 *       (Art. 7.6.a): the window opens at the start of day −180 and closes at the end of day −120;</li>
 *   <li>the expiry notice goes out 45 days before expiry, so that the commune tells the producer at
 *       least 30 days before it;</li>
 *   <li>the province chair revokes 3- and 4-star certificates, the minister 5-star ones (Art. 8.2).</li>
 * </ul>
 */
@Component("planCertificateLifecycleDelegate")
class PlanLifecycleDelegate implements JavaDelegate {

  static final int WINDOW_OPENS_DAYS_BEFORE = 180;
  static final int WINDOW_CLOSES_DAYS_BEFORE = 120;
  static final int NOTICE_DAYS_BEFORE = 45;
  static final int NOTICE_DUE_DAYS_BEFORE = 30;

  private final CertificateEvents events;
  private final AdministrativeUnits units;

  PlanLifecycleDelegate(CertificateEvents events, AdministrativeUnits units) {
    this.events = events;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate validUntil = EngineClock.dateOf((java.util.Date) execution.getVariable(VALID_UNTIL));
    LocalDate opens = validUntil.minusDays(WINDOW_OPENS_DAYS_BEFORE);
    LocalDate lastDay = validUntil.minusDays(WINDOW_CLOSES_DAYS_BEFORE);
    // Art. 12.3 QĐ 26/2026/QĐ-TTg (decision article12Extension): a late dossier is received up to the last valid day
    boolean late = Boolean.TRUE.equals(execution.getProcessEngineServices().getDecisionService()
        .evaluateDecisionByKey("article12Extension").variables(java.util.Map.of(VALID_UNTIL, execution.getVariable(VALID_UNTIL)))
        .evaluate().getSingleResult().getEntry(LATE_DOSSIER_ACCEPTED));
    if (late) {
      lastDay = validUntil;
    }
    execution.setVariable(LATE_DOSSIER_ACCEPTED, late);
    execution.setVariable(RE_EVALUATION_WINDOW_OPENS, EngineClock.startOf(opens));
    execution.setVariable(RE_EVALUATION_WINDOW_CLOSES, EngineClock.startOf(lastDay.plusDays(1)));
    execution.setVariable(RE_EVALUATION_WINDOW_TEXT, "từ ngày " + opens.format(CertificateIssuer.VIETNAMESE_DATE)
        + " đến hết ngày " + lastDay.format(CertificateIssuer.VIETNAMESE_DATE)
        + (late ? " (Điều 12 khoản 3 Quyết định 26/2026/QĐ-TTg: nhận hồ sơ muộn; giấy chứng nhận còn hiệu lực đến khi"
            + " có kết quả, không quá 180 ngày sau ngày hết hạn)" : ""));
    // Art. 4.3 QĐ 26/2026/QĐ-TTg: valid for 36 months, the valid-until day included (as the registry shows it).
    execution.setVariable(LifecycleVariables.EXPIRES_AT, EngineClock.startOf(validUntil.plusDays(1)));
    execution.setVariable(EXPIRY_NOTICE_DATE, EngineClock.startOf(validUntil.minusDays(NOTICE_DAYS_BEFORE)));
    execution.setVariable(EXPIRY_NOTICE_DUE, EngineClock.startOf(validUntil.minusDays(NOTICE_DUE_DAYS_BEFORE)));
    int stars = ((Number) execution.getVariable(CERTIFICATE_STARS)).intValue();
    boolean ministry = stars == 5;
    execution.setVariable(REVOCATION_AUTHORITY_NAME, ministry ? "Bộ trưởng Bộ Nông nghiệp và Môi trường"
        : "Chủ tịch UBND " + units.provinceOf(execution.getVariable(ProductVariables.COMMUNE_CODE).toString()).name());
    execution.setVariable(FINDING_REPORTED, false);
    events.record(execution, "ISSUED", "Cấp giấy chứng nhận " + stars + " sao, hiệu lực đến ngày "
        + execution.getVariable(VALID_UNTIL_TEXT) + ".");
  }
}

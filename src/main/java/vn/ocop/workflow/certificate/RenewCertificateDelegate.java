package vn.ocop.workflow.certificate;

import static vn.ocop.workflow.evaluation.EvaluationVariables.*;
import static vn.ocop.workflow.product.ProductVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.unit.AdministrativeUnits;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.dossier.DossierMapper;

/**
 * Task_RenewCertificate: after the decision to recognise the product again, issues a new certificate
 * (36 months, the re-evaluated stars) that supersedes the current one; the new certificate's own
 * lifecycle starts, and this one ends.
 */
@Component("renewCertificateDelegate")
class RenewCertificateDelegate implements JavaDelegate {

  private final CertificateIssuer issuer;
  private final CertificateEvents events;
  private final DossierMapper dossiers;
  private final AdministrativeUnits units;

  RenewCertificateDelegate(CertificateIssuer issuer, CertificateEvents events, DossierMapper dossiers,
      AdministrativeUnits units) {
    this.units = units;
    this.issuer = issuer;
    this.events = events;
    this.dossiers = dossiers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int stars = Integer.parseInt(execution.getVariable(LifecycleVariables.GRANTED_STARS).toString().trim());
    int proposed = Integer.parseInt(execution.getVariable(LifecycleVariables.RE_EVALUATION_STARS).toString().trim());
    String level = execution.getVariable(RECOGNITION_LEVEL).toString();
    String current = execution.getVariable(CERTIFICATE_NUMBER).toString();
    long dossierId = dossierId(execution);
    CertificateRow renewed = issuer.issue(execution.getProcessEngineServices(), new CertificateIssuer.Grant(
        productId(execution), dossierId, stars,
        LocalDate.parse(execution.getVariable(RECOGNITION_DATE).toString().trim()), level,
        CertificateNumbers.issuer(level, units.provinceOf(execution.getVariable(COMMUNE_CODE).toString()).code(), null),
        execution.getVariable(RECOGNITION_DECISION_NUMBER).toString().trim()), current);
    dossiers.updateDossierOutcome(dossierId, "CERTIFIED", null, stars);
    events.record(execution, "RENEWED", "Đánh giá lại đạt " + proposed + " sao: cấp giấy chứng nhận mới " + stars
        + " sao số " + renewed.certificateNumber + ", hiệu lực đến ngày "
        + renewed.validUntil.format(CertificateIssuer.VIETNAMESE_DATE) + "."
        + (proposed > stars ? " Đánh giá lại không nâng hạng: để được " + proposed
            + " sao, chủ thể nộp hồ sơ đánh giá, nâng hạng (Điều 7 khoản 5 QĐ 26/2026/QĐ-TTg)." : ""));
    execution.setVariable(LifecycleVariables.RENEWED_CERTIFICATE_NUMBER, renewed.certificateNumber);
  }
}

package vn.ocop.workflow.certificate;

import static vn.ocop.workflow.evaluation.EvaluationVariables.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.evaluation.EvaluationVariables;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.dossier.ProductRow;

/**
 * Task_IssueCertificate: after the competent authority's recognition decision, issues the certificate
 * (valid 36 months from the decision, Art. 4.3), gives the product its OCOP code if it has none yet,
 * supersedes the product's previous valid certificate (upgrade, re-evaluation) and closes the dossier.
 */
@Component("issueCertificateDelegate")
class IssueCertificateDelegate implements JavaDelegate {

  static final int VALIDITY_MONTHS = 36;

  private final CertificateMapper certificates;
  private final DossierMapper dossiers;
  private final CertificateNumbers numbers;

  IssueCertificateDelegate(CertificateMapper certificates, DossierMapper dossiers, CertificateNumbers numbers) {
    this.certificates = certificates;
    this.dossiers = dossiers;
    this.numbers = numbers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long dossierId = EvaluationVariables.dossierId(execution);
    long productId = EvaluationVariables.productId(execution);
    int stars = ((Number) execution.getVariable(STAR_RANK)).intValue();
    String level = execution.getVariable(RECOGNITION_LEVEL).toString();
    LocalDate issuedOn = LocalDate.parse(execution.getVariable(RECOGNITION_DATE).toString().trim());
    String provinceCode = execution.getVariable(PROVINCE_CODE).toString();

    ProductRow product = dossiers.selectProductById(productId);
    if (product.productCode == null) {
      product.productCode = numbers.productCode(provinceCode, product.communeCode, issuedOn.getYear());
      dossiers.updateProductCode(productId, product.productCode);
    }
    for (CertificateRow previous : certificates.selectByProduct(productId)) {
      if ("VALID".equals(previous.status)) {
        certificates.updateStatus(previous.id, "SUPERSEDED");
      }
    }

    CertificateRow certificate = new CertificateRow();
    certificate.certificateNumber = numbers.certificateNumber(issuer(level, provinceCode, execution), issuedOn.getYear());
    certificate.productId = productId;
    certificate.dossierId = dossierId;
    certificate.stars = stars;
    certificate.issuedOn = issuedOn;
    certificate.validUntil = issuedOn.plusMonths(VALIDITY_MONTHS);
    certificate.issuedByLevel = level;
    certificate.decisionNumber = execution.getVariable(RECOGNITION_DECISION_NUMBER).toString().trim();
    certificate.status = "VALID";
    certificate.createdAt = LocalDateTime.now();
    certificates.insert(certificate);

    Object average = execution.getVariable(AVERAGE_SCORE);
    dossiers.updateDossierOutcome(dossierId, "CERTIFIED",
        average == null ? null : new BigDecimal(average.toString()).setScale(2, RoundingMode.HALF_UP), stars);

    execution.setVariable(PRODUCT_CODE, product.productCode);
    execution.setVariable(CERTIFICATE_NUMBER, certificate.certificateNumber);
    execution.setVariable(CERTIFICATE_VALID_UNTIL,
        Date.from(certificate.validUntil.atStartOfDay(ZoneId.systemDefault()).toInstant()));
  }

  private static String issuer(String level, String provinceCode, DelegateExecution execution) {
    return switch (level) {
      case "CENTRAL" -> "TW";
      case "DISTRICT" -> provinceCode + "H" + execution.getVariable(DISTRICT_CODE);
      default -> provinceCode;
    };
  }
}

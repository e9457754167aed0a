package vn.ocop.workflow.certificate;

import static vn.ocop.workflow.evaluation.EvaluationVariables.*;
import static vn.ocop.workflow.product.ProductVariables.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.evaluation.EvaluationVariables;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.product.ProductRow;
import vn.ocop.workflow.product.Products;
import vn.ocop.workflow.unit.AdministrativeLevel;
import vn.ocop.workflow.unit.AdministrativeUnit;
import vn.ocop.workflow.unit.AdministrativeUnits;

/**
 * Task_IssueCertificate: after the competent authority's recognition decision, issues the certificate
 * (valid 36 months from the decision, Art. 4.3), gives the product its OCOP code if it has none yet,
 * supersedes the product's previous valid certificate (upgrade), ending its lifecycle, closes the dossier
 * and starts the new certificate's lifecycle ({@code certificateLifecycle}).
 */
@Component("issueCertificateDelegate")
class IssueCertificateDelegate implements JavaDelegate {

  private final DossierMapper dossiers;
  private final CertificateNumbers numbers;
  private final CertificateIssuer issuer;
  private final Products products;
  private final AdministrativeUnits units;

  IssueCertificateDelegate(DossierMapper dossiers, Products products, AdministrativeUnits units, CertificateNumbers numbers,
      CertificateIssuer issuer) {
    this.units = units;
    this.dossiers = dossiers;
    this.products = products;
    this.numbers = numbers;
    this.issuer = issuer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long dossierId = EvaluationVariables.dossierId(execution);
    long productId = ProductVariables.productId(execution);
    int stars = ((Number) execution.getVariable(STAR_RANK)).intValue();
    String level = execution.getVariable(RECOGNITION_LEVEL).toString();
    LocalDate issuedOn = LocalDate.parse(execution.getVariable(RECOGNITION_DATE).toString().trim());
    ProductRow product = products.byId(productId);
    String provinceCode = units.provinceOf(product.communeCode).code();
    if (product.productCode == null) {
      product.productCode = numbers.productCode(provinceCode, product.communeCode, issuedOn.getYear());
      products.assignCode(productId, product.productCode);
    }
    AdministrativeUnit parent = units.get(units.get(product.communeCode).parentCode());
    String district = parent.level() == AdministrativeLevel.DISTRICT ? parent.code() : null;
    CertificateRow certificate = issuer.issue(execution.getProcessEngineServices(), new CertificateIssuer.Grant(
        productId, dossierId, stars, issuedOn, level,
        CertificateNumbers.issuer(level, provinceCode, district),
        execution.getVariable(RECOGNITION_DECISION_NUMBER).toString().trim()), null);

    Object average = execution.getVariable(AVERAGE_SCORE);
    dossiers.updateDossierOutcome(dossierId, "CERTIFIED",
        average == null ? null : new BigDecimal(average.toString()).setScale(2, RoundingMode.HALF_UP), stars);

    execution.setVariable(PRODUCT_CODE, product.productCode);
    execution.setVariable(CERTIFICATE_NUMBER, certificate.certificateNumber);
  }
}

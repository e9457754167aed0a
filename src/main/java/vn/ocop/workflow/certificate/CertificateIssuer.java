package vn.ocop.workflow.certificate;

import static vn.ocop.workflow.certificate.LifecycleVariables.*;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.common.AsSystem;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.letter.ProductDocuments;
import vn.ocop.workflow.evaluation.EvaluationVariables;
import vn.ocop.workflow.notice.Notices;

/**
 * Issues certificates (first recognition, upgrade, renewal after re-evaluation): valid 36 months from the
 * decision (Art. 4.3), superseding the product's previous valid certificate. Every certificate lives in
 * its own {@code certificateLifecycle} instance, whose business key is the certificate number: started
 * here, and told when a later certificate supersedes it.
 */
@Component
class CertificateIssuer {

  static final int VALIDITY_MONTHS = 36;
  static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CertificateMapper certificates;
  private final CertificateEvents events;
  private final CertificateNumbers numbers;
  private final Notices notices;
  private final ProductDocuments documents;

  CertificateIssuer(CertificateMapper certificates, CertificateEvents events, CertificateNumbers numbers,
      Notices notices, ProductDocuments documents) {
    this.numbers = numbers;
    this.notices = notices;
    this.documents = documents;
    this.certificates = certificates;
    this.events = events;
  }

  /** What a recognition decision grants; {@code level} PROVINCE, DISTRICT or CENTRAL, {@code issuer} its code. */
  record Grant(long productId, long dossierId, int stars, LocalDate issuedOn, String level, String issuer,
      String decisionNumber) {
  }

  /**
   * Issues the certificate {@code grant} describes, supersedes the product's previous valid certificate
   * and starts the new certificate's lifecycle. {@code renewedCertificate} is the certificate whose own
   * lifecycle is renewing it ({@code null} otherwise): that lifecycle ends by itself.
   */
  CertificateRow issue(ProcessEngineServices services, Grant grant, String renewedCertificate) {
    CertificateRow certificate = new CertificateRow();
    certificate.certificateNumber = numbers.certificateNumber(grant.issuer(), grant.issuedOn().getYear());
    certificate.productId = grant.productId();
    certificate.dossierId = grant.dossierId();
    certificate.stars = grant.stars();
    certificate.issuedOn = grant.issuedOn();
    certificate.validUntil = grant.issuedOn().plusMonths(VALIDITY_MONTHS);
    certificate.issuedByLevel = grant.level();
    certificate.decisionNumber = grant.decisionNumber();
    certificate.status = "VALID";
    certificate.createdAt = EngineClock.dateTime();
    certificates.insert(certificate);
    supersedePrevious(services, grant.productId(), certificate.certificateNumber, renewedCertificate);
    start(services, certificate.id);
    documents.certificateIssued(certificate.id);
    notices.recognition(certificate.id);
    return certificate;
  }

  /**
   * Starts the lifecycle of a certificate just issued, as the application (not as the officer). The lifecycle
   * gets the certificate and its product by reference: the product's id and OCOP code, and the commune its
   * tasks are routed by. Its tasks show the product and the producer from the product itself (the task's
   * header, {@code Products.context}); its notices ask {@link CertifiedProduct}.
   */
  String start(ProcessEngineServices services, long certificateId) {
    LifecycleContext certificate = certificates.selectLifecycleContext(certificateId);
    Map<String, Object> variables = new HashMap<>();
    variables.put(CERTIFICATE_ID, certificate.certificateId());
    variables.put(EvaluationVariables.CERTIFICATE_NUMBER, certificate.certificateNumber());
    variables.put(CERTIFICATE_STARS, certificate.stars());
    variables.put(VALID_UNTIL, EngineClock.startOf(certificate.validUntil()));
    variables.put(VALID_UNTIL_TEXT, certificate.validUntil().format(VIETNAMESE_DATE));
    variables.put(ProductVariables.PRODUCT_ID, certificate.productId());
    variables.put(ProductVariables.PRODUCT_CODE, certificate.productCode());
    variables.put(ProductVariables.COMMUNE_CODE, certificate.communeCode());
    ProcessInstance lifecycle = AsSystem.call(services.getIdentityService(), () -> services.getRuntimeService()
        .startProcessInstanceByKey(PROCESS_KEY, certificate.certificateNumber(), variables));
    return lifecycle.getId();
  }

  /**
   * Marks the product's valid certificates SUPERSEDED by {@code successor} and ends their lifecycles,
   * except the lifecycle of {@code renewedCertificate} (or none, when {@code null}), which is running
   * the renewal and ends by itself.
   */
  private void supersedePrevious(ProcessEngineServices services, long productId, String successor,
      String renewedCertificate) {
    for (CertificateRow previous : certificates.selectByProduct(productId)) {
      if (!"VALID".equals(previous.status) || previous.certificateNumber.equals(successor)) {
        continue;
      }
      certificates.end(previous.id, "SUPERSEDED", EngineClock.today(), null, null);
      events.record(previous.productId, previous.id, "SUPERSEDED", "Được thay bằng giấy chứng nhận số " + successor + ".");
      if (!previous.certificateNumber.equals(renewedCertificate)) {
        AsSystem.call(services.getIdentityService(), () -> services.getRuntimeService()
            .createMessageCorrelation(MESSAGE_SUPERSEDED)
            .processInstanceBusinessKey(previous.certificateNumber)
            .correlateAllWithResult());
      }
    }
  }
}

package vn.ocop.workflow.testsupport;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.ocop.workflow.product.ProductRow;
import vn.ocop.workflow.product.ProductMapper;
import vn.ocop.workflow.product.ProducerRow;
import vn.ocop.workflow.certificate.CertificateMapper;
import vn.ocop.workflow.certificate.CertificateRow;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.dossier.DossierRow;

/**
 * Test data: a product as the evaluation leaves it in our tables — its producer (with a phone and e-mail
 * that must never be shown publicly), the product with its code, and a certified FIRST dossier.
 *
 * @param productId {@code ocop_product.id}
 * @param dossierId {@code ocop_dossier.id}
 */
public record StoredProduct(long productId, long dossierId) {

  public static final String PRIVATE_PHONE = "0912000111";
  public static final String PRIVATE_EMAIL = "private@example.vn";

  public static StoredProduct store(ProductMapper products, DossierMapper dossiers, String productName, String productCode, String communeCode,
      int productSet, LocalDate receivedOn) {
    LocalDateTime now = LocalDateTime.now();
    ProducerRow producer = new ProducerRow();
    producer.name = "Chủ thể của " + productName;
    producer.producerType = "HTX";
    producer.representativeName = "Nguyễn Văn A";
    producer.address = "Thôn 1";
    producer.phone = PRIVATE_PHONE;
    producer.email = PRIVATE_EMAIL;
    producer.communeCode = communeCode;
    producer.createdAt = now;
    products.insertProducer(producer);
    ProductRow product = new ProductRow();
    product.producerId = producer.id;
    product.name = productName;
    product.productSet = productSet;
    product.communeCode = communeCode;
    product.productCode = productCode;
    product.createdAt = now;
    products.insertProduct(product);
    DossierRow dossier = new DossierRow();
    dossier.productId = product.id;
    dossier.dossierType = "FIRST";
    dossier.receivedOn = receivedOn;
    dossier.status = "CERTIFIED";
    dossier.createdAt = now;
    dossier.updatedAt = now;
    dossiers.insertDossier(dossier);
    return new StoredProduct(product.id, dossier.id);
  }

  /** A certificate row of this product as it stands in the registry, without a lifecycle. */
  public CertificateRow certificate(CertificateMapper certificates, String number, int stars, LocalDate issuedOn,
      String status) {
    CertificateRow certificate = new CertificateRow();
    certificate.certificateNumber = number;
    certificate.productId = productId;
    certificate.dossierId = dossierId;
    certificate.stars = stars;
    certificate.issuedOn = issuedOn;
    certificate.validUntil = issuedOn.plusMonths(36);
    certificate.issuedByLevel = "PROVINCE";
    certificate.decisionNumber = "1/QĐ-UBND";
    certificate.status = status;
    certificate.createdAt = LocalDateTime.now();
    certificates.insert(certificate);
    return certificate;
  }
}

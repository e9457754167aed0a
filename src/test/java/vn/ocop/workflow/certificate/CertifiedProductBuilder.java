package vn.ocop.workflow.certificate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.dossier.DossierRow;
import vn.ocop.workflow.dossier.ProducerRow;
import vn.ocop.workflow.dossier.ProductRow;

/**
 * Test data: a product of commune 07201 (Tam Tiến, Bắc Giang) certified by the province, issued
 * through {@link CertificateIssuer} as the evaluation's last step issues it, which starts its lifecycle.
 */
final class CertifiedProductBuilder {

  private static int sequence;

  private int stars = 4;
  private LocalDate issuedOn = LocalDate.of(2026, 1, 15);
  private String communeCode = "07201";

  static CertifiedProductBuilder aCertifiedProduct() {
    return new CertifiedProductBuilder();
  }

  CertifiedProductBuilder withStars(int stars) {
    this.stars = stars;
    return this;
  }

  CertifiedProductBuilder issuedOn(LocalDate issuedOn) {
    this.issuedOn = issuedOn;
    return this;
  }

  CertifiedProductBuilder inCommune(String communeCode) {
    this.communeCode = communeCode;
    return this;
  }

  /** Stores producer, product and dossier, issues the certificate; its lifecycle starts. */
  CertificateRow issue(ProcessEngine engine, DossierMapper dossiers, CertificateIssuer issuer) {
    int n = ++sequence;
    LocalDateTime now = LocalDateTime.now();
    ProducerRow producer = new ProducerRow();
    producer.name = "HTX Chè Tam Tiến " + n;
    producer.producerType = "HTX";
    producer.representativeName = "Nguyễn Văn Bình";
    producer.address = "Thôn Đồng Vương, xã Tam Tiến";
    producer.phone = "0912 345 678";
    producer.communeCode = communeCode;
    producer.createdAt = now;
    dossiers.insertProducer(producer);
    ProductRow product = new ProductRow();
    product.producerId = producer.id;
    product.name = "Chè xanh Tam Tiến " + n;
    product.productSet = 11;
    product.communeCode = communeCode;
    product.productCode = String.format("24-%s-%03d-%d", communeCode, 100 + n, issuedOn.getYear());
    product.createdAt = now;
    dossiers.insertProduct(product);
    DossierRow dossier = new DossierRow();
    dossier.productId = product.id;
    dossier.dossierType = "FIRST";
    dossier.receivedOn = issuedOn.minusMonths(3);
    dossier.status = "CERTIFIED";
    dossier.createdAt = now;
    dossier.updatedAt = now;
    dossiers.insertDossier(dossier);
    String level = stars == 5 ? "CENTRAL" : "PROVINCE";
    return issuer.issue(engine, new CertificateIssuer.Grant(product.id, dossier.id, stars, issuedOn, level,
        CertificateNumbers.issuer(level, "24", null), "15" + n + "/QĐ-UBND"), null);
  }
}

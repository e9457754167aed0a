package vn.ocop.workflow.certificate;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import vn.ocop.workflow.product.ProductMapper;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.testsupport.StoredProduct;

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
  CertificateRow issue(ProcessEngine engine, ProductMapper products, DossierMapper dossiers, CertificateIssuer issuer) {
    int n = ++sequence;
    StoredProduct product = StoredProduct.store(products, dossiers, "Chè xanh Tam Tiến " + n,
        String.format("24-%s-%03d-%d", communeCode, 100 + n, issuedOn.getYear()), communeCode, 11, issuedOn.minusMonths(3));
    String level = stars == 5 ? "CENTRAL" : "PROVINCE";
    return issuer.issue(engine, new CertificateIssuer.Grant(product.productId(), product.dossierId(), stars, issuedOn,
        level, CertificateNumbers.issuer(level, "24", null), "15" + n + "/QĐ-UBND"), null);
  }
}

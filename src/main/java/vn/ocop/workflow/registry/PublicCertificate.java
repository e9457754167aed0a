package vn.ocop.workflow.registry;

import java.time.LocalDate;
import vn.ocop.workflow.criteria.ProductGroup;

/** What anyone may know of an OCOP certificate: the JSON of the public verification. */
record PublicCertificate(String productCode, String productName, String producerName, String commune, String province,
    String productGroup, int stars, String certificateNumber, LocalDate issuedOn, LocalDate validUntil, String status) {

  static PublicCertificate of(CertificateEntry entry, Registry registry) {
    return new PublicCertificate(entry.productCode(), entry.productName(), entry.producerName(),
        registry.communeName(entry.communeCode()), registry.provinceName(entry.communeCode()),
        ProductGroup.ofSet(entry.productSet()).vietnamese(), entry.stars(), entry.certificateNumber(),
        entry.issuedOn(), entry.validUntil(), entry.status());
  }
}

package vn.ocop.workflow.registry;

import java.time.LocalDate;

/**
 * A certificate as the registry shows it: public facts only (no phone, e-mail or council scores).
 *
 * @param status VALID, EXPIRED (derived: VALID past its end date), REVOKED or SUPERSEDED
 */
public record CertificateEntry(String productCode, String productName, String producerName, String communeCode,
    int productSet, int stars, String certificateNumber, LocalDate issuedOn, LocalDate validUntil, String status) {
}

package vn.ocop.workflow.notice;

import java.time.LocalDate;

/** A certificate as its recognition notice tells it. */
public record IssuedCertificate(long productId, String productCode, int stars, String certificateNumber,
    String decisionNumber, LocalDate issuedOn, LocalDate validUntil) {
}

package vn.ocop.workflow.certificate;

import java.time.LocalDate;

/** A certificate with its product, producer and commune: what its lifecycle's forms show. */
public record LifecycleContext(long certificateId, String certificateNumber, int stars, LocalDate issuedOn,
    LocalDate validUntil, long productId, String productCode, String productName, int productSet,
    String communeCode, String producerName) {
}

package vn.ocop.workflow.certificate;

import java.time.LocalDate;

/**
 * A certificate with the reference to its product (id and OCOP code), the product's name for messages and its
 * commune for routing. The rest of the product (producer, criteria set, names of units) is the product's,
 * read from {@link vn.ocop.workflow.product.Products} where it is shown.
 */
public record LifecycleContext(long certificateId, String certificateNumber, int stars, LocalDate issuedOn,
    LocalDate validUntil, long productId, String productCode, String productName, String communeCode) {
}

package vn.ocop.workflow.registry;

/** A product and the step of the cycle it is at ({@code ocop_product.stage}). */
public record ProductStageEntry(long productId, String productName, String producerName, String communeCode,
    String stage, String productCode) {
}

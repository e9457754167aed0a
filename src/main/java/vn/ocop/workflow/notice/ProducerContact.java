package vn.ocop.workflow.notice;

/** Whom a producer notice goes to, and the product it is about (read from the registration). */
public record ProducerContact(long productId, String productName, String productCode, String producerName,
    String representativeName, String email, String phone, String communeName) {
}

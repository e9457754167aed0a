package vn.ocop.workflow.certificate;

import java.time.LocalDateTime;

/**
 * Something that happened to a certificate after its issue, in {@code ocop_certificate_event}: a
 * notice, a reminder, an inspection, a decision. The text says it in Vietnamese, as an officer reads it.
 */
public record CertificateEvent(Long id, long certificateId, String kind, LocalDateTime occurredAt, String author,
    String text) {
}

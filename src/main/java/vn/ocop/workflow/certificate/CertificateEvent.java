package vn.ocop.workflow.certificate;

import java.time.LocalDateTime;
import vn.ocop.workflow.product.TimelineEntry;

/**
 * Something that happened to a certificate after its issue, as the registry shows it: a notice, a
 * reminder, an inspection, a decision (an entry of the product's timeline about this certificate). The
 * text says it in Vietnamese, as an officer reads it.
 */
public record CertificateEvent(Long id, long certificateId, String kind, LocalDateTime occurredAt, String author,
    String text) {

  static CertificateEvent of(TimelineEntry entry) {
    return new CertificateEvent(entry.id(), entry.certificateId(), entry.kind(), entry.occurredAt(), entry.author(),
        entry.text());
  }
}

package vn.ocop.workflow.product;

import java.time.LocalDateTime;

/**
 * One line of a product's story in {@code ocop_product_timeline}: who ({@code author}, an officer's user id,
 * {@code null} for the application) did what ({@code kind}: a decision such as REJECTION or LOW_RANK, or a
 * fact such as ISSUED or EXPIRED), when ({@code occurredAt}, the engine's clock), at which level
 * ({@code unitLevel}) and step ({@code stage}), and why ({@code text}, in Vietnamese as the producer reads
 * it). {@code dossierId} and {@code certificateId} say which dossier or certificate it concerns, if any.
 */
public record TimelineEntry(Long id, long productId, LocalDateTime occurredAt, String stage, String unitLevel,
    String kind, String author, String text, Long dossierId, Long certificateId) {

  /** An entry to record: {@link ProductTimeline#record} adds the time and, unless given, the author. */
  public static TimelineEntry of(long productId, String kind, String text) {
    return new TimelineEntry(null, productId, null, null, null, kind, null, text, null, null);
  }

  public TimelineEntry atStage(String stage) {
    return new TimelineEntry(id, productId, occurredAt, stage, unitLevel, kind, author, text, dossierId, certificateId);
  }

  public TimelineEntry atLevel(String level) {
    return new TimelineEntry(id, productId, occurredAt, stage, level, kind, author, text, dossierId, certificateId);
  }

  public TimelineEntry ofDossier(long dossier) {
    return new TimelineEntry(id, productId, occurredAt, stage, unitLevel, kind, author, text, dossier, certificateId);
  }

  public TimelineEntry ofCertificate(long certificate) {
    return new TimelineEntry(id, productId, occurredAt, stage, unitLevel, kind, author, text, dossierId, certificate);
  }

  TimelineEntry recorded(LocalDateTime at, String by) {
    return new TimelineEntry(id, productId, at, stage, unitLevel, kind, author != null ? author : by, text, dossierId,
        certificateId);
  }
}

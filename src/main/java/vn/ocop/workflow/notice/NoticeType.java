package vn.ocop.workflow.notice;

import java.util.Map;
import java.util.Optional;

/**
 * What a notice tells, and which Vietnamese template ({@code notice/mail/<template>.txt}) writes it. The
 * first line a template writes is the subject, the rest the body.
 */
public enum NoticeType {
  // to producers: explanations of a decision against them (the cycle's and the evaluation's written notes)
  IDEA_INELIGIBLE("explanation"),
  DEFECTS_TO_CORRECT("explanation"),
  PROPOSAL_REJECTED("explanation"),
  ORGANISATION_UNSUITABLE("explanation"),
  DOSSIER_RETURNED("explanation"),
  ROUND_RESULT("result"),
  // to producers: the certificate's life
  RECOGNITION("recognition"),
  RE_EVALUATION_WINDOW("certificate"),
  RE_EVALUATION_REMINDER("certificate"),
  NOT_RENEWED("certificate"),
  EXPIRY_NOTICE("certificate"),
  EXPIRED("certificate"),
  REVOKED("certificate"),
  // to officers and council members
  OFFICER_DIGEST("digest"),
  SCORE_SHEET_ASSIGNED("assignment");

  private static final Map<String, NoticeType> NOTE_KINDS = Map.of("INELIGIBLE", IDEA_INELIGIBLE,
      "DEFECTS", DEFECTS_TO_CORRECT, "REJECTION", PROPOSAL_REJECTED, "UNSUITABLE", ORGANISATION_UNSUITABLE,
      "RETURN", DOSSIER_RETURNED, "LOW_RANK", ROUND_RESULT, "DISQUALIFIED", ROUND_RESULT);

  private static final Map<String, NoticeType> CERTIFICATE_EVENTS = Map.of("ISSUED", RECOGNITION,
      "WINDOW_OPEN", RE_EVALUATION_WINDOW, "REMINDER", RE_EVALUATION_REMINDER, "NOT_RENEWED", NOT_RENEWED,
      "EXPIRY_NOTICE", EXPIRY_NOTICE, "EXPIRED", EXPIRED, "REVOKED", REVOKED);

  private final String template;

  NoticeType(String template) {
    this.template = template;
  }

  String template() {
    return template;
  }

  /** The notice a written explanation of kind {@code noteKind} (RETURN, REJECTION, LOW_RANK…) sends, if any. */
  public static Optional<NoticeType> ofNoteKind(String noteKind) {
    return Optional.ofNullable(NOTE_KINDS.get(noteKind));
  }

  /**
   * The notice a certificate event of kind {@code eventKind} sends to the producer, if any. ISSUED is told by
   * {@link Notices#recognition} when the certificate is issued (not when a lifecycle starts for an old one);
   * a renewal by the new certificate's recognition.
   */
  public static Optional<NoticeType> ofCertificateEvent(String eventKind) {
    return Optional.ofNullable(CERTIFICATE_EVENTS.get(eventKind));
  }
}

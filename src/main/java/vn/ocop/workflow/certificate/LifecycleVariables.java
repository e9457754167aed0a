package vn.ocop.workflow.certificate;

/**
 * The variables of processes {@code certificateLifecycle} and {@code certificateFinding}, declared
 * once. A lifecycle has its product by reference ({@code productId}, {@code productCode} and the
 * {@code communeCode} its tasks are routed by, named as in {@link vn.ocop.workflow.product.ProductVariables});
 * its tasks show the rest from the product.
 */
public final class LifecycleVariables {

  // Set at the start, API
  public static final String CERTIFICATE_ID = "certificateId";
  public static final String CERTIFICATE_STARS = "certificateStars";
  public static final String VALID_UNTIL = "validUntil";
  public static final String VALID_UNTIL_TEXT = "validUntilText";
  /** 00:00 of the day after validUntil: the certificate is valid through its last day (Art. 4.3 QĐ 26/2026). */
  public static final String EXPIRES_AT = "expiresAt";
  /** Art. 12.3 QĐ 26/2026: a late re-evaluation dossier is received and extends the certificate (decision article12Extension). */
  public static final String LATE_DOSSIER_ACCEPTED = "lateDossierAccepted";

  // Planned by Task_PlanLifecycle
  public static final String RE_EVALUATION_WINDOW_OPENS = "reEvaluationWindowOpens";
  public static final String RE_EVALUATION_WINDOW_CLOSES = "reEvaluationWindowCloses";
  public static final String RE_EVALUATION_WINDOW_TEXT = "reEvaluationWindowText";
  public static final String EXPIRY_NOTICE_DATE = "expiryNoticeDate";
  public static final String EXPIRY_NOTICE_DUE = "expiryNoticeDue";
  public static final String REVOCATION_AUTHORITY_NAME = "revocationAuthorityName";

  // Events recorded by Task_Record… service tasks (input parameters)
  public static final String EVENT_KIND = "eventKind";
  public static final String EVENT_TEXT = "eventText";

  // Re-evaluation dossier at the commune (form reEvaluationDossier)
  public static final String RE_EVALUATION_REQUESTED = "reEvaluationRequested";
  public static final String RE_EVALUATION_RECEIVED_ON = "reEvaluationReceivedOn";
  public static final String PRODUCTION_SCALE_CHANGED = "productionScaleChanged";
  public static final String COMMUNE_ASSESSMENT = "communeAssessment";

  // Province check (form reEvaluationCheck)
  public static final String RE_EVALUATION_DOSSIER_COMPLETE = "reEvaluationDossierComplete";
  public static final String DOSSIER_COMPLETE_ON = "dossierCompleteOn";
  public static final String SITE_VISIT_REPORT = "siteVisitReport";
  public static final String RE_EVALUATION_DEADLINE = "reEvaluationDeadline";

  // Written opinions of the council (form writtenOpinion) and their tally
  public static final String PROPOSED_STARS = "proposedStars";
  public static final String OPINION_TEXT = "opinionText";
  public static final String OPINIONS_DIVERGE = "opinionsDiverge";
  public static final String OPINION_SUMMARY = "opinionSummary";
  public static final String RE_EVALUATION_STARS = "reEvaluationStars";
  public static final String MEETING_MINUTES = "meetingMinutes";

  // Decision reEvaluationOutcome, API
  /** Stars of the renewed certificate: never above the current ones (Art. 7.5 QĐ 26/2026: a higher rank needs an upgrade dossier). */
  public static final String GRANTED_STARS = "grantedStars";
  public static final String CERTIFICATE_RENEWED = "certificateRenewed";
  public static final String RE_EVALUATION_OUTCOME = "reEvaluationOutcome";
  public static final String RENEWED_CERTIFICATE_NUMBER = "renewedCertificateNumber";

  // Missed window and expiry notice (forms missedWindowReview, expiryNotice)
  public static final String MISSED_WINDOW_ACTION = "missedWindowAction";
  public static final String NOTIFIED_ON = "notifiedOn";
  public static final String NOTIFICATION_METHOD = "notificationMethod";

  // Findings and inspections (forms certificateFinding, postInspection)
  public static final String FINDING_REPORTED = "findingReported";
  public static final String FINDING_SOURCE = "findingSource";
  public static final String FINDING_SUMMARY = "findingSummary";
  public static final String INSPECTION_KIND = "inspectionKind";
  public static final String INSPECTION_DATE = "inspectionDate";
  public static final String REVOCATION_GROUND_FOUND = "revocationGroundFound";
  public static final String REVOCATION_GROUND = "revocationGround";
  public static final String CONCLUSION_DATE = "conclusionDate";
  public static final String INSPECTION_FINDINGS = "inspectionFindings";
  public static final String REVOCATION_DEADLINE = "revocationDeadline";
  public static final String REVOCATION_GROUND_NAME = "revocationGroundName";

  // Revocation decision (form revocationDecision)
  public static final String CERTIFICATE_REVOKED = "certificateRevoked";
  public static final String REVOCATION_DECISION_NUMBER = "revocationDecisionNumber";
  public static final String REVOCATION_DATE = "revocationDate";
  public static final String REVOCATION_NOTE = "revocationNote";

  // Messages
  public static final String MESSAGE_SUPERSEDED = "CertificateSuperseded";
  public static final String MESSAGE_FINDING = "CertificateFinding";

  public static final String PROCESS_KEY = "certificateLifecycle";

  private LifecycleVariables() {
  }

  /** The certificate an execution or task works on ({@code ocop_certificate.id}). */
  public static long certificateId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return ((Number) scope.getVariable(CERTIFICATE_ID)).longValue();
  }
}

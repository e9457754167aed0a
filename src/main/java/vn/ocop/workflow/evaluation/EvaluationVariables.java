package vn.ocop.workflow.evaluation;

/**
 * The variables of process {@code productEvaluation}, declared once. The names are reused as form
 * field keys and DMN inputs; those marked API are read by callers (the full cycle, REST clients).
 */
public final class EvaluationVariables {

  // Start form (Mẫu 01)
  public static final String DOSSIER_TYPE = "dossierType";
  public static final String SAMPLE_COUNT = "sampleCount";
  public static final String RECEIVED_ON = "receivedOn";
  public static final String INITIATOR = "initiator";

  // Set on registration
  public static final String DOSSIER_ID = "dossierId";
  public static final String REGISTRATION_NUMBER = "registrationNumber";
  public static final String SUBMISSION_DATE = "submissionDate";
  public static final String SCORE_SHEET_FORM_ID = "scoreSheetFormId";

  // Regime (DMN ocopRegime), API
  public static final String REGIME = "regime";
  public static final String DISTRICT_STAGE = "districtStage";

  // Review, return and supplement forms
  public static final String DOSSIER_COMPLETE = "dossierComplete";
  public static final String LOCAL_ORIGIN_ASSESSMENT = "localOriginAssessment";
  public static final String LOCAL_LABOUR_ASSESSMENT = "localLabourAssessment";
  public static final String IDEA_ORIGIN_ASSESSMENT = "ideaOriginAssessment";
  public static final String LOCAL_IDENTITY_ASSESSMENT = "localIdentityAssessment";
  public static final String RETURN_REASON = "returnReason";
  public static final String SUPPLEMENT_RECEIVED = "supplementReceived";
  public static final String SUPPLEMENT_NOTE = "supplementNote";
  public static final String PROVINCE_DOSSIER_COMPLETE = "provinceDossierComplete";
  public static final String PROVINCE_RETURN_REASON = "provinceReturnReason";

  // District stage (1048/2019, 148/2023)
  public static final String DISTRICT_AVERAGE_SCORE = "districtAverageScore";
  public static final String DISTRICT_MINIMA_CAP_STARS = "districtMinimaCapStars";
  public static final String DISTRICT_COUNCIL_MINUTES = "districtCouncilMinutes";
  public static final String DISTRICT_COMMENT = "districtComment";

  // Central level (5 stars)
  public static final String CENTRAL_AVERAGE_SCORE = "centralAverageScore";
  public static final String CENTRAL_MINIMA_CAP_STARS = "centralMinimaCapStars";
  public static final String CENTRAL_COMMENT = "centralComment";

  // Low rank or disqualification
  public static final String RESULT_EXPLANATION = "resultExplanation";

  // Notes (input parameters of Task_Record…Note service tasks)
  public static final String DOSSIER_STATUS = "dossierStatus";

  // Province round and council
  public static final String PROPOSED_ON = "proposedOn";
  public static final String ROUND_NAME = "roundName";
  public static final String ROUND_DEADLINE = "roundDeadline";
  public static final String AVAILABLE_COUNCIL_MEMBERS = "availableCouncilMembers";
  public static final String COUNCIL_MEMBERS = "councilMembers";
  public static final String COUNCIL_CHAIR = "councilChair";
  /** The council's meeting, as the province convenes it (optional): date yyyy-mm-dd and place. */
  public static final String MEETING_DATE = "meetingDate";
  public static final String MEETING_PLACE = "meetingPlace";
  public static final String COUNCIL_MEMBER = "councilMember";
  public static final String SCORING_ROUND = "scoringRound";
  public static final String SCORING_MEMBERS = "scoringMembers";
  public static final String SCORE_SHEET = "scoreSheet";
  public static final String MEMBER_ABSENT = "memberAbsent";
  public static final String DISQUALIFIED_OPINION = "disqualifiedOpinion";
  public static final String MEMBER_COMMENT = "memberComment";

  // Tally and ranking, API
  public static final String QUORUM_MET = "quorumMet";
  public static final String SCORES_DIVERGE = "scoresDiverge";
  public static final String AVERAGE_SCORE = "averageScore";
  public static final String MINIMA_CAP_STARS = "minimaCapStars";
  public static final String DISQUALIFIED = "disqualified";
  public static final String STAR_RANK = "starRank";
  public static final String TALLY_SUMMARY = "tallySummary";

  // Certificate, API
  public static final String RECOGNITION_LEVEL = "recognitionLevel";
  public static final String RECOGNITION_DECISION_NUMBER = "recognitionDecisionNumber";
  public static final String RECOGNITION_DATE = "recognitionDate";
  public static final String CERTIFICATE_NUMBER = "certificateNumber";

  private EvaluationVariables() {
  }


  /** The dossier an execution or task works on ({@code ocop_dossier.id}). */
  public static long dossierId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return ((Number) scope.getVariable(DOSSIER_ID)).longValue();
  }
}

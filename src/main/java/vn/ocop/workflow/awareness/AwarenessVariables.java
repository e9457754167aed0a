package vn.ocop.workflow.awareness;

/**
 * The variables of process {@code awarenessCampaign}, declared once; names are reused as form keys.
 * {@code submissionDate} and {@code districtStage} (input and output of DMN {@code ocopRegime}) have the
 * same names as in productEvaluation, see {@link vn.ocop.workflow.evaluation.EvaluationVariables}.
 */
public final class AwarenessVariables {

  // Set when the campaign opens (Task_PrepareCampaign)
  public static final String CAMPAIGN_YEAR = "campaignYear";
  public static final String CAMPAIGN_DEADLINE = "campaignDeadline";
  public static final String CAMPAIGN_DEADLINE_TEXT = "campaignDeadlineText";
  public static final String PROVINCE_GROUPS = "provinceGroups";
  public static final String DISTRICT_GROUPS = "districtGroups";
  public static final String COMMUNE_GROUPS = "communeGroups";

  // One report per unit: the element variable of the multi-instance tasks, and the form campaignReport
  public static final String UNIT_GROUP = "unitGroup";
  public static final String ACTIVITIES = "activities";
  public static final String PEOPLE_REACHED = "peopleReached";
  public static final String REPORT_NOTE = "reportNote";

  private AwarenessVariables() {
  }
}

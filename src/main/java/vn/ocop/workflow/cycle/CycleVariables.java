package vn.ocop.workflow.cycle;

/**
 * The variables of process {@code ocopCycle} and its sub-processes, declared once; names are reused as
 * form keys and DMN inputs. The product's own variables (product, producer, commune) are declared in
 * {@link vn.ocop.workflow.product.ProductVariables}; the regime's in
 * {@link vn.ocop.workflow.evaluation.EvaluationVariables}.
 */
public final class CycleVariables {

  // Idea form (mẫu số 1 / mẫu số 2)
  public static final String IDEA_FORM_TYPE = "ideaFormType";
  public static final String IDEA_DESCRIPTION = "ideaDescription";
  public static final String HAS_BUSINESS_REGISTRATION = "hasBusinessRegistration";
  public static final String SECTOR = "sector";
  public static final String INSURED_EMPLOYEES = "insuredEmployees";
  public static final String ANNUAL_REVENUE = "annualRevenueBillionVnd";
  public static final String TOTAL_CAPITAL = "totalCapitalBillionVnd";

  // Set on registration; DMN inputs and outputs
  public static final String EXISTING_PRODUCT = "existingProduct";
  public static final String ENTITY_TYPE = "entityType";
  public static final String PRODUCT_GROUP = "productGroup";
  public static final String SME_SIZE = "smeSize";
  public static final String ELIGIBLE = "eligible";
  public static final String ELIGIBILITY_REASON = "eligibilityReason";
  public static final String ELIGIBILITY_EXPLANATION = "eligibilityExplanation";

  // Screening of ideas and business plans (process proposalScreening)
  public static final String SCREENING_KIND = "screeningKind";
  public static final String SCREENING_TITLE = "screeningTitle";
  public static final String FORM_CORRECT = "formCorrect";
  public static final String FORM_DEFECTS = "formDefects";
  public static final String CONTENT_COMPLETE = "contentComplete";
  public static final String SCREENING_ADVICE = "screeningAdvice";
  public static final String RESUBMIT_BY = "resubmitBy";
  public static final String RESUBMIT_DEADLINE = "resubmitDeadline";
  public static final String NEXT_CYCLE = "nextCycle";
  public static final String SECTOR_ASSIGNED = "sectorAssigned";
  public static final String COUNCIL_ACCEPTED = "councilAccepted";
  public static final String COUNCIL_REASON = "councilReason";
  public static final String ANSWER_NOTE = "answerNote";
  public static final String RESUBMITTED = "resubmitted";
  public static final String ACCEPTED = "accepted";
  public static final String IDEA_ACCEPTED = "ideaAccepted";
  public static final String PLAN_ACCEPTED = "planAccepted";

  // Existing products and organisations (2', 2'')
  public static final String PRODUCT_ACCEPTED = "productAccepted";
  public static final String SURVEY_REPORT = "surveyReport";
  public static final String ORGANISATION_SUITABLE = "organisationSuitable";
  public static final String SUITABILITY_REASON = "suitabilityReason";
  public static final String RESTRUCTURING_ACCEPTED = "restructuringAccepted";
  public static final String REVIEW_ACCEPTED = "reviewAccepted";

  // Trainings
  public static final String TRAINING_NUMBER = "trainingNumber";
  public static final String TRAINING_TITLE = "trainingTitle";
  public static final String TRAINING_DUE = "trainingDue";
  public static final String ATTENDED = "attended";
  public static final String TRAINING_DATE = "trainingDate";
  public static final String ATTENDEE_NAME = "attendeeName";

  // Implementation and support requests
  public static final String SUPPORT_NEEDED = "supportNeeded";
  public static final String SUPPORT_TYPE = "supportType";
  public static final String SUPPORT_DESCRIPTION = "supportDescription";
  public static final String SUPPORT_REQUEST_ID = "supportRequestId";
  public static final String SUPPORT_HANDLER_GROUP = "supportHandlerGroup";
  public static final String SUPPORT_TYPE_NAME = "supportTypeName";
  public static final String SUPPORT_OUTCOME = "supportOutcome";
  public static final String READINESS_NOTE = "readinessNote";

  // Trade promotion
  public static final String PROMOTION_ACTIVITIES = "promotionActivities";
  public static final String PROMOTION_ACTIVITY = "promotionActivity";
  public static final String PROMOTION_ACTIVITY_NAME = "promotionActivityName";
  public static final String ACTIVITY_DETAILS = "activityDetails";
  public static final String ACTIVITY_DONE_ON = "activityDoneOn";
  public static final String PROMOTION_ACTIVITY_LIST = "promotionActivityList";

  // Results of the cycle
  public static final String CERTIFIED = "certified";

  private CycleVariables() {
  }
}

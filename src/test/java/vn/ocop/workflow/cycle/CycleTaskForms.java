package vn.ocop.workflow.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.ocop.workflow.criteria.CriteriaCatalog;
import vn.ocop.workflow.evaluation.TestScoreSheets;

/**
 * Test data: what the officer in charge submits on each user task of a product's cycle when the product
 * goes straight through (idea and plan accepted, trainings attended, 4 stars, one promotion activity),
 * shaped as Tasklist submits the forms: choices and texts as strings, lists and objects as Json.
 */
public final class CycleTaskForms {

  /** User tasks that wait beside the product's path (support requests may be raised at any time). */
  public static final Set<String> BESIDE_THE_PATH = Set.of("Task_RaiseSupportRequest");

  private final CriteriaCatalog criteria;
  private final List<String> council = List.of("hoidong1", "hoidong2", "hoidong3");
  private final int councilTotal = 78;
  private final String promotionActivity = "SHOWROOM";

  private CycleTaskForms(CriteriaCatalog criteria) {
    this.criteria = criteria;
  }

  /** The straight path for the product of {@link IdeaFormBuilder#anIdea()} (product set 8). */
  public static CycleTaskForms straightThrough(CriteriaCatalog criteria) {
    return new CycleTaskForms(criteria);
  }

  /** What is submitted on the task with this definition key. */
  public VariableMap forTask(String taskDefinitionKey) {
    String today = LocalDate.now().toString();
    return switch (taskDefinitionKey) {
      case "Task_CheckForm" -> values("formCorrect", "true");
      case "Task_ProvinceCouncil" -> values("sectorAssigned", "FOOD", "councilAccepted", "true",
          "councilReason", "Sản phẩm có tiềm năng, nguyên liệu địa phương ổn định.");
      case "Task_AnswerProducer" -> values("answerNote", "Đã thông báo trực tiếp cho chủ thể.");
      case "Task_RecordAttendance" -> values("attended", "true", "trainingDate", today, "attendeeName", "Trần Văn Hải");
      case "Task_ConfirmReadiness" -> values("readinessNote", "Đủ hồ sơ, 5 sản phẩm mẫu, phiếu kiểm nghiệm.");
      case "Task_CommuneReview" -> values("dossierComplete", "true", "localOriginAssessment", "Gà đồi của xã",
          "localLabourAssessment", "15 lao động", "ideaOriginAssessment", "Ý tưởng của HTX",
          "localIdentityAssessment", "Công thức truyền thống");
      case "Task_ProvinceCheck" -> values("provinceDossierComplete", "true");
      case "Task_ConveneCouncil" -> values("councilChair", council.get(0)).putValueTyped("councilMembers",
          SpinValues.jsonValue(jsonArray(council)).create());
      case "Task_ScoreProduct" -> TestScoreSheets.answers(criteria.get(8), councilTotal);
      case "Task_ProvinceRecognition" -> values("recognitionDecisionNumber", "88/QĐ-UBND", "recognitionDate", today);
      case "Task_PlanActivities" -> Variables.createVariables().putValueTyped("promotionActivities",
          SpinValues.jsonValue(jsonArray(List.of(promotionActivity))).create());
      case "Task_RecordActivity" -> values("activityDetails", "Trưng bày tại điểm bán OCOP của tỉnh.",
          "activityDoneOn", today);
      default -> throw new IllegalArgumentException("No straight-through submission for task " + taskDefinitionKey);
    };
  }

  private static VariableMap values(Object... namesAndValues) {
    VariableMap variables = Variables.createVariables();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      variables.putValue((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return variables;
  }

  private static String jsonArray(List<String> items) {
    return items.stream().map(item -> "\"" + item + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }
}

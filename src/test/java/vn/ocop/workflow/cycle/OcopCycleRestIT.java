package vn.ocop.workflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.ocop.workflow.product.ProductMapper;
import vn.ocop.workflow.criteria.CriteriaCatalog;
import vn.ocop.workflow.evaluation.TestScoreSheets;
import vn.ocop.workflow.testsupport.SharedPostgresTest;
import vn.ocop.workflow.testsupport.TasklistClient;

/**
 * One product's whole cycle on PostgreSQL through the REST API Tasklist uses: from the idea form at the
 * commune to trade promotion, every task found and submitted by a demo user of the unit in charge.
 */
@SharedPostgresTest
class OcopCycleRestIT {

  @LocalServerPort int port;
  @Autowired CriteriaCatalog criteria;
  @Autowired CycleMapper cycle;
  @Autowired ProductMapper products;


  TasklistClient tasklist;
  String cycleId;

  /** The cycle's instance and the process it currently calls. */
  String[] instances() {
    List<String> ids = new ArrayList<>(List.of(cycleId));
    tasklist.get("/engine-rest/process-instance?superProcessInstance=" + cycleId, "admin")
        .forEach(sub -> ids.add(sub.path("id").asText()));
    return ids.toArray(String[]::new);
  }

  void step(String user, String taskKey, Map<String, Object> values) {
    tasklist.submit(user, tasklist.onlyTask(user, taskKey, instances()), values);
  }

  void screen(String answeringUser) {
    step("xatamtien", "Task_CheckForm", Map.of("formCorrect", "true"));
    step("tinhbacgiang", "Task_ProvinceCouncil", Map.of("sectorAssigned", "FOOD", "councilAccepted", "true",
        "councilReason", "Sản phẩm có tiềm năng, đề nghị chấp thuận."));
    step(answeringUser, "Task_AnswerProducer", Map.of("answerNote", "Đã gửi văn bản trả lời cho chủ thể."));
  }

  void attend() {
    step("tinhbacgiang", "Task_RecordAttendance", Map.of("attended", "true", "trainingDate", LocalDate.now().toString(),
        "attendeeName", "Trần Văn Hải"));
  }

  @Test
  void aProductIsCarriedFromItsIdeaFormToTradePromotionByTheOfficersInCharge() {
    tasklist = new TasklistClient(port);
    Map<String, Object> idea = new HashMap<>(Map.of("ideaFormType", "NEW", "producerName", "HTX Nông nghiệp Tam Tiến",
        "producerType", "HTX", "hasBusinessRegistration", true, "representativeName", "Trần Văn Hải",
        "producerAddress", "Thôn Đồng Vương, xã Tam Tiến", "producerPhone", "0988123456",
        "productName", "Giò gà Yên Thế", "productSet", "8",
        "ideaDescription", "Giò gà từ gà đồi Yên Thế nuôi thả, đóng gói hút chân không."));
    cycleId = tasklist.start("ocopCycle", idea, "xatamtien");

    assertThat(tasklist.tasks("xadongtam", "Task_CheckForm", instances())).as("another commune").isEmpty();
    assertThat(tasklist.tasks("tinhbacgiang", "Task_CheckForm", instances())).as("the province").isEmpty();
    screen("xatamtien");
    attend();
    screen("xatamtien");
    attend();
    assertThat(tasklist.tasks("xatamtien", "Task_RaiseSupportRequest", instances())).hasSize(1);
    step("xatamtien", "Task_ConfirmReadiness", Map.of("readinessNote", "Đủ hồ sơ và 5 sản phẩm mẫu."));

    step("xatamtien", "Task_CommuneReview", Map.of("dossierComplete", "true", "localOriginAssessment", "Gà đồi của xã",
        "localLabourAssessment", "15 lao động", "ideaOriginAssessment", "Ý tưởng của HTX",
        "localIdentityAssessment", "Công thức truyền thống"));
    step("tinhbacgiang", "Task_ProvinceCheck", Map.of("provinceDossierComplete", "true"));
    step("tinhbacgiang", "Task_ConveneCouncil", Map.of(
        "councilMembers", TasklistClient.read("[\"hoidong1\",\"hoidong2\",\"hoidong3\"]"), "councilChair", "hoidong1"));
    for (String member : new String[] {"hoidong1", "hoidong2", "hoidong3"}) {
      JsonNode sheet = TasklistClient.read(TestScoreSheets.answers(criteria.get(8), 78)
          .getValueTyped("scoreSheet").getValue().toString());
      step(member, "Task_ScoreProduct", Map.of("memberAbsent", false, "disqualifiedOpinion", false, "scoreSheet", sheet));
    }
    step("tinhbacgiang", "Task_ProvinceRecognition", Map.of("recognitionDecisionNumber", "88/QĐ-UBND",
        "recognitionDate", LocalDate.now().toString()));

    step("tinhbacgiang", "Task_PlanActivities", Map.of("promotionActivities", TasklistClient.read("[\"SHOWROOM\"]")));
    step("tinhbacgiang", "Task_RecordActivity", Map.of("activityDetails", "Trưng bày tại điểm bán OCOP của tỉnh.",
        "activityDoneOn", LocalDate.now().toString()));

    assertThat(tasklist.get("/engine-rest/history/process-instance/" + cycleId, "admin").path("state").asText())
        .isEqualTo("COMPLETED");
    long productId = tasklist.get("/engine-rest/history/variable-instance?processInstanceId=" + cycleId
        + "&variableName=productId", "admin").get(0).path("value").asLong();
    assertThat(products.selectStage(productId)).isEqualTo("CERTIFIED");
    assertThat(cycle.selectPromotionActivityTypes(productId)).containsExactly("SHOWROOM");
  }
}

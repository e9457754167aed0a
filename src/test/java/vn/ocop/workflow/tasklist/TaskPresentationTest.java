package vn.ocop.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.evaluation.DossierRegistrationBuilder.aDossier;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Task names that tell an officer what to do and for which product, and the variables Tasklist lists. */
@SpringBootTest
class TaskPresentationTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired org.camunda.bpm.engine.ProcessEngine processEngine;

  @Test
  void aTaskIsNamedAfterItsActivityProductAndCommune() {
    assertThat(TaskPresentation.name("Kiểm tra hồ sơ", "Chả gà Yên Thế", "Xã Tam Tiến"))
        .isEqualTo("Kiểm tra hồ sơ: Chả gà Yên Thế – xã Tam Tiến");
  }

  @Test
  void theCommunesUnitTypeIsWrittenAsInsideASentence() {
    assertThat(TaskPresentation.inSentence("Xã Tam Tiến")).isEqualTo("xã Tam Tiến");
    assertThat(TaskPresentation.inSentence("Phường Trần Phú")).isEqualTo("phường Trần Phú");
    assertThat(TaskPresentation.inSentence("Thị trấn Cầu Gồ")).isEqualTo("thị trấn Cầu Gồ");
    assertThat(TaskPresentation.inSentence("Tam Tiến")).isEqualTo("Tam Tiến");
  }

  @Test
  void withoutACommuneTheProductAloneAndWithoutAProductTheActivityAlone() {
    assertThat(TaskPresentation.name("Kiểm tra, giám sát sản phẩm OCOP", "Chè xanh", null))
        .isEqualTo("Kiểm tra, giám sát sản phẩm OCOP: Chè xanh");
    assertThat(TaskPresentation.name("Tỉnh tuyên truyền, báo cáo kết quả", null, "Xã Tam Tiến"))
        .isEqualTo("Tỉnh tuyên truyền, báo cáo kết quả");
  }

  @Test
  void aQuestionOrANameWithAColonTakesTheProductInBrackets() {
    assertThat(TaskPresentation.name("Chủ thể có chấp nhận tái cơ cấu?", "Chè xanh", "Xã Tam Tiến"))
        .isEqualTo("Chủ thể có chấp nhận tái cơ cấu? (Chè xanh – xã Tam Tiến)");
    assertThat(TaskPresentation.name("Báo chủ thể: giấy chứng nhận sắp hết hạn", "Chè xanh", "Xã Tam Tiến"))
        .isEqualTo("Báo chủ thể: giấy chứng nhận sắp hết hạn (Chè xanh – xã Tam Tiến)");
  }

  @Test
  void aNameLongerThanTheEngineKeepsIsShortenedVisibly() {
    String name = TaskPresentation.name("Kiểm tra hồ sơ", "Chả gà ".repeat(60), "Xã Tam Tiến");
    assertThat(name).hasSize(TaskPresentation.MAX_NAME_LENGTH).startsWith("Kiểm tra hồ sơ: Chả gà").endsWith("…");
  }

  @Test
  void aNewTaskOfTheEvaluationReadsWhatToDoForWhichProductAndShowsProductAndProducer() {
    String pi = runtimeService.startProcessInstanceByKey("productEvaluation", aDossier().build()).getId();
    Task review = taskService.createTaskQuery().processInstanceId(pi).singleResult();

    assertThat(review.getName()).isEqualTo("Kiểm tra hồ sơ, đánh giá 4 nội dung: Chả gà Yên Thế – xã Tam Tiến");
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(review.getId()).singleResult().getName())
        .isEqualTo(review.getName());
    assertThat(taskService.getVariablesLocal(review.getId()))
        .containsEntry("productName", "Chả gà Yên Thế").containsEntry("producerName", "HTX Chăn nuôi gà đồi Yên Thế");
    runtimeService.deleteProcessInstance(pi, "test");
  }

  @Test
  void aTaskOfAProcessWithoutAProductKeepsItsActivitysName() {
    String pi = runtimeService.startProcessInstanceByKey("awarenessCampaign").getId();
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(pi).list();

    assertThat(tasks).isNotEmpty().extracting(Task::getName)
        .allMatch(name -> List.of("Tỉnh tuyên truyền, báo cáo kết quả", "Xã tuyên truyền, báo cáo kết quả").contains(name));
    assertThat(taskService.getVariablesLocal(tasks.get(0).getId())).doesNotContainKeys("productName", "producerName");
    runtimeService.deleteProcessInstance(pi, "test");
  }

  @Test
  void aFormReferenceMadeOfOneVariableNamesThatVariable() {
    assertThat(TaskPresentation.formReferenceVariable("${scoreSheetFormId}")).isEqualTo("scoreSheetFormId");
    assertThat(TaskPresentation.formReferenceVariable(" ${ scoreSheetFormId } ")).isEqualTo("scoreSheetFormId");
    assertThat(TaskPresentation.formReferenceVariable("ideaRegistration")).isNull();
    assertThat(TaskPresentation.formReferenceVariable("${sheets.formOf(execution)}")).isNull();
    assertThat(TaskPresentation.formReferenceVariable(null)).isNull();
  }

  @Test
  void aTaskWhoseFormIsChosenByAVariableKeepsThatVariableWithTheTask() {
    String deployment = deployFormChosenBy("scoreSheetFormId");
    String pi = runtimeService.startProcessInstanceByKey("Process_FormByVariable",
        Map.of("scoreSheetFormId", "scoreSheet_set03")).getId();
    Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();

    assertThat(taskService.getVariablesLocal(task.getId())).containsEntry("scoreSheetFormId", "scoreSheet_set03");
    Task listed = taskService.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
    assertThat(listed.getCamundaFormRef().getKey()).isEqualTo("scoreSheet_set03");
    repositoryService.deleteDeployment(deployment, true);
  }

  @Test
  void aFormChosenByAnotherVariableIsNotCopiedAndTheEngineStillFindsIt() {
    String deployment = deployFormChosenBy("sheetFormId");
    String pi = runtimeService.startProcessInstanceByKey("Process_FormByVariable",
        Map.of("sheetFormId", "scoreSheet_set03")).getId();
    Task task = taskService.createTaskQuery().processInstanceId(pi).singleResult();

    assertThat(taskService.getVariablesLocal(task.getId())).doesNotContainKey("sheetFormId");
    Task listed = taskService.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
    assertThat(listed.getCamundaFormRef().getKey()).isEqualTo("scoreSheet_set03");
    repositoryService.deleteDeployment(deployment, true);
  }

  @Test
  void everyFormChosenByAVariableInTheModelsIsChosenByOneTheTaskKeeps() throws Exception {
    java.util.Set<String> variables = new java.util.TreeSet<>();
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("bpmn"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (org.camunda.bpm.model.bpmn.instance.UserTask task
            : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)) {
          String formRef = task.getCamundaFormRef();
          if (formRef != null && formRef.contains("${")) {
            String variable = TaskPresentation.formReferenceVariable(formRef);
            assertThat(variable).as(file + " " + task.getId() + ": a form is chosen by one variable").isNotNull();
            variables.add(variable);
          }
        }
      }
    }
    assertThat(variables).as("the council's score sheet").isNotEmpty();
    assertThat(TaskPresentation.FORM_REFERENCE_VARIABLES).containsAll(variables);
  }

  @Test
  void theTasksCopiesStayOutOfHistoryWhileTheProcessesVariablesKeepTheirs() {
    assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine
        .getProcessEngineConfiguration()).getHistoryLevel())
        .isInstanceOf(CopiesOutOfHistory.FullWithoutCopies.class)
        .satisfies(level -> assertThat(level.getId()).as("the id a database at full records").isEqualTo(3));
    String pi = runtimeService.startProcessInstanceByKey("productEvaluation", aDossier().build()).getId();
    Task review = taskService.createTaskQuery().processInstanceId(pi).singleResult();
    assertThat(taskService.getVariablesLocal(review.getId())).containsKeys("productName", "producerName");

    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(review.getId()).list())
        .as("no history of the task's copies").isEmpty();
    assertThat(historyService.createHistoricDetailQuery().taskId(review.getId()).variableUpdates().list()).isEmpty();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi).variableName("productName")
        .list()).as("the process's own variable keeps its history").hasSize(1)
        .allSatisfy(variable -> assertThat(variable.getTaskId()).isNull());

    runtimeService.deleteProcessInstance(pi, "test");
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(review.getId()).list())
        .as("nor of their deletion").isEmpty();
  }

  private String deployFormChosenBy(String variable) {
    BpmnModelInstance model = Bpmn.createExecutableProcess("Process_FormByVariable").camundaHistoryTimeToLive(1)
        .startEvent().userTask("Task_Score").camundaFormRef("${" + variable + "}").camundaFormRefBinding("deployment")
        .camundaCandidateGroups("province24").endEvent().done();
    return repositoryService.createDeployment().addModelInstance("Process_FormByVariable.bpmn", model).deploy().getId();
  }
}

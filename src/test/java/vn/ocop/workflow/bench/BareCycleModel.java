package vn.ocop.workflow.bench;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import vn.ocop.workflow.access.OcopGroups;

/**
 * The bare reference process: as many user tasks as a product's cycle completed, in the same order and
 * routed to the same units (candidate groups {@code commune${communeCode}}, {@code province${provinceCode}}
 * or the same assignee), and nothing else: no listeners, delegates, decisions, called processes or
 * tables of ours. Built with the model API and deployed by the benchmark only, never from {@code bpmn/}.
 */
final class BareCycleModel {

  static final String PROCESS = "benchBareCycle";
  private static final Pattern TASK_ID = Pattern.compile("Task_Bare\\d{2}_(\\w+)");

  private BareCycleModel() {
  }

  /** The model for the user tasks our cycle completed for one product. */
  static BpmnModelInstance of(List<CycleDriver.Completion> cycle) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(PROCESS)
        .name("Benchmark: bare reference process")
        .camundaHistoryTimeToLive(1825)
        .startEvent("StartEvent_Bare");
    for (int i = 0; i < cycle.size(); i++) {
      CycleDriver.Completion completion = cycle.get(i);
      UserTaskBuilder task = flow.userTask(String.format("Task_Bare%02d_%s", i + 1,
          completion.taskKey().substring("Task_".length())));
      if (completion.assignee() != null) {
        task.camundaAssignee(completion.assignee());
      } else {
        task.camundaCandidateGroups(routing(completion.candidateGroup()));
      }
      flow = task;
    }
    return flow.endEvent("EndEvent_Bare").done();
  }

  /** The unit routing our models use, as an expression of the process variables the bare process starts with. */
  private static String routing(String groupId) {
    for (String level : List.of("commune", "district", "province")) {
      if (groupId.startsWith(level)) {
        return level + "${" + level + "Code}";
      }
    }
    throw new IllegalArgumentException("Not a unit group: " + groupId);
  }

  /** The key our cycle gives the task whose place the bare task takes (the same for our own tasks). */
  static String ourKey(String taskDefinitionKey) {
    Matcher bare = TASK_ID.matcher(taskDefinitionKey);
    return bare.matches() ? "Task_" + bare.group(1) : taskDefinitionKey;
  }

  /**
   * Deploys the model with the grants our cycle has: officers and council members read it, commune
   * officers start it.
   */
  static void deploy(ProcessEngine engine, BpmnModelInstance model) {
    Bpmn.validateModel(model);
    engine.getRepositoryService().createDeployment().name("benchmark-bare-reference")
        .addModelInstance(PROCESS + ".bpmn", model).deploy();
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (String role : List.of(OcopGroups.COMMUNE_OFFICERS, OcopGroups.DISTRICT_OFFICERS, OcopGroups.PROVINCE_OFFICERS,
        OcopGroups.COUNCIL_MEMBERS)) {
      Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(role);
      grant.setResource(Resources.PROCESS_DEFINITION);
      grant.setResourceId(PROCESS);
      grant.addPermission(Permissions.READ);
      if (role.equals(OcopGroups.COMMUNE_OFFICERS)) {
        grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
      }
      authorizations.saveAuthorization(grant);
    }
  }
}

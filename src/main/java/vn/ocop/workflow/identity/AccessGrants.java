package vn.ocop.workflow.identity;

import vn.ocop.workflow.access.OcopGroups;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static vn.ocop.workflow.access.OcopGroups.COMMUNE_OFFICERS;
import static vn.ocop.workflow.access.OcopGroups.COUNCIL_MEMBERS;
import static vn.ocop.workflow.access.OcopGroups.DISTRICT_OFFICERS;
import static vn.ocop.workflow.access.OcopGroups.POLICY_EDITORS;
import static vn.ocop.workflow.access.OcopGroups.PROVINCE_OFFICERS;
import static vn.ocop.workflow.access.OcopGroups.SUPERVISORS;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * The baseline grants of the role groups: which webapp each role opens, and what policy staff need
 * to deploy models from Camunda Modeler, who starts which process in Tasklist. Per-unit access to
 * tasks comes from candidate groups; the full access matrix builds on this table.
 */
final class AccessGrants {

  record Grant(String groupId, Resource resource, String resourceId, Permission permission) {
  }

  static final String PRODUCT_EVALUATION = "productEvaluation";
  static final String OCOP_CYCLE = "ocopCycle";
  static final String AWARENESS_CAMPAIGN = "awarenessCampaign";
  static final String CERTIFICATE_FINDING = "certificateFinding";

  static final List<Grant> BASELINE = List.of(
      new Grant(COMMUNE_OFFICERS, APPLICATION, "tasklist", ACCESS),
      new Grant(DISTRICT_OFFICERS, APPLICATION, "tasklist", ACCESS),
      new Grant(PROVINCE_OFFICERS, APPLICATION, "tasklist", ACCESS),
      new Grant(COUNCIL_MEMBERS, APPLICATION, "tasklist", ACCESS),
      new Grant(SUPERVISORS, APPLICATION, "cockpit", ACCESS),
      new Grant(SUPERVISORS, PROCESS_DEFINITION, "*", READ),
      // Supervisors watch every unit's work in Cockpit (one installation serves one province): the instances
      // on the diagrams, their variables and history, who holds which task, the decisions; they change nothing.
      new Grant(SUPERVISORS, PROCESS_DEFINITION, "*", READ_INSTANCE),
      new Grant(SUPERVISORS, PROCESS_DEFINITION, "*", READ_HISTORY),
      new Grant(SUPERVISORS, PROCESS_DEFINITION, "*", READ_TASK),
      new Grant(SUPERVISORS, PROCESS_INSTANCE, "*", READ),
      new Grant(SUPERVISORS, TASK, "*", READ),
      new Grant(SUPERVISORS, DECISION_DEFINITION, "*", READ),
      new Grant(SUPERVISORS, DECISION_DEFINITION, "*", org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY),
      new Grant(SUPERVISORS, DECISION_REQUIREMENTS_DEFINITION, "*", READ),
      new Grant(SUPERVISORS, DEPLOYMENT, "*", READ),
      new Grant(POLICY_EDITORS, APPLICATION, "cockpit", ACCESS),
      new Grant(POLICY_EDITORS, DEPLOYMENT, "*", CREATE),
      new Grant(POLICY_EDITORS, DEPLOYMENT, "*", READ),
      new Grant(POLICY_EDITORS, PROCESS_DEFINITION, "*", READ),
      new Grant(POLICY_EDITORS, DECISION_DEFINITION, "*", READ),
      new Grant(COMMUNE_OFFICERS, PROCESS_DEFINITION, PRODUCT_EVALUATION, CREATE_INSTANCE),
      new Grant(COMMUNE_OFFICERS, PROCESS_DEFINITION, OCOP_CYCLE, CREATE_INSTANCE),
      new Grant(COMMUNE_OFFICERS, PROCESS_INSTANCE, "*", CREATE),
      // Step 1: the yearly campaign starts itself on 1 February; province officers may open another one.
      new Grant(PROVINCE_OFFICERS, PROCESS_DEFINITION, AWARENESS_CAMPAIGN, CREATE_INSTANCE),
      // After the certificate: a province officer records a finding, which opens an ad hoc inspection.
      new Grant(PROVINCE_OFFICERS, PROCESS_DEFINITION, CERTIFICATE_FINDING, CREATE_INSTANCE),
      new Grant(PROVINCE_OFFICERS, PROCESS_INSTANCE, "*", CREATE));

  /** The processes whose tasks officers and council members work in Tasklist: they read their definitions. */
  static final List<String> TASKLIST_PROCESSES = List.of(OCOP_CYCLE, "proposalScreening", "existingProductReview",
      "training", "implementation", PRODUCT_EVALUATION, "tradePromotion", AWARENESS_CAMPAIGN, "certificateLifecycle",
      CERTIFICATE_FINDING);

  static final List<String> TASKLIST_ROLES = List.of(COMMUNE_OFFICERS, DISTRICT_OFFICERS, PROVINCE_OFFICERS, COUNCIL_MEMBERS);

  /** Every grant: the baseline, and READ on each Tasklist process for each Tasklist role. */
  static List<Grant> all() {
    List<Grant> grants = new java.util.ArrayList<>(BASELINE);
    for (String process : TASKLIST_PROCESSES) {
      for (String role : TASKLIST_ROLES) {
        grants.add(new Grant(role, PROCESS_DEFINITION, process, READ));
      }
    }
    return grants;
  }

  private AccessGrants() {
  }
}

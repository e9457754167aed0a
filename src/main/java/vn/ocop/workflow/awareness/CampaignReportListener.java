package vn.ocop.workflow.awareness;

import static vn.ocop.workflow.awareness.AwarenessVariables.ACTIVITIES;
import static vn.ocop.workflow.awareness.AwarenessVariables.CAMPAIGN_YEAR;
import static vn.ocop.workflow.awareness.AwarenessVariables.PEOPLE_REACHED;
import static vn.ocop.workflow.awareness.AwarenessVariables.REPORT_NOTE;
import static vn.ocop.workflow.awareness.AwarenessVariables.UNIT_GROUP;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.form.FormValues;

/**
 * On completing a unit's campaign task (after {@code formValidationListener}): stores the unit's report
 * with who reported it, the assignee or else the user who completed the task.
 */
@Component("campaignReportListener")
class CampaignReportListener implements TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CampaignReportMapper mapper;

  CampaignReportListener(CampaignReportMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues values = new FormValues(task::getVariable);
    String note = values.text(REPORT_NOTE);
    mapper.insertReport(new CampaignReport(null, ((Number) task.getVariable(CAMPAIGN_YEAR)).intValue(),
        task.getProcessInstanceId(),
        values.text(UNIT_GROUP), String.join(", ", activities(task.getVariable(ACTIVITIES))),
        new BigDecimal(values.text(PEOPLE_REACHED)).intValueExact(), note == null || note.isEmpty() ? null : note,
        reportedBy(task), EngineClock.dateTime()));
  }

  private static String reportedBy(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return user == null ? null : user.getUserId();
  }

  /** The activity codes of the checklist: a Json (Spin) list, a JSON text or a Java list. */
  static List<String> activities(Object value) {
    List<String> codes = new ArrayList<>();
    if (value instanceof Collection<?> list) {
      list.forEach(item -> codes.add(item.toString()));
    } else if (value != null) {
      try {
        JSON.readTree(value.toString()).forEach(item -> codes.add(item.asText()));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("The activities are not a JSON list", e);
      }
    }
    return codes;
  }
}

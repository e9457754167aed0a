package vn.ocop.workflow.cycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Task_PlanActivities: turns the activities the province chose into the list the activity tasks run over. */
@Component("planPromotionDelegate")
class PlanPromotionDelegate implements JavaDelegate {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void execute(DelegateExecution execution) {
    List<String> activities = new ArrayList<>();
    try {
      JSON.readTree(execution.getVariable(CycleVariables.PROMOTION_ACTIVITIES).toString())
          .forEach(activity -> activities.add(activity.asText()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Promotion activities are not a JSON list", e);
    }
    execution.setVariable(CycleVariables.PROMOTION_ACTIVITY_LIST, Variables.objectValue(activities)
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }
}

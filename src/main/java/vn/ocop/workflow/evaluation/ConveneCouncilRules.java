package vn.ocop.workflow.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.form.FormRules;
import vn.ocop.workflow.form.FormValues;

/** The council convened must have at least three members, and its chair must be one of them. */
@Component
class ConveneCouncilRules implements FormRules {

  static final String FORM_ID = "conveneCouncil";
  static final int MIN_MEMBERS = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String formId() {
    return FORM_ID;
  }

  @Override
  public void check(FormValues values, List<String> problems) {
    List<String> members = memberIds(values.get(EvaluationVariables.COUNCIL_MEMBERS));
    if (members.size() < MIN_MEMBERS) {
      problems.add("Hội đồng phải có ít nhất " + MIN_MEMBERS + " thành viên chấm điểm.");
    }
    if (!members.contains(values.text(EvaluationVariables.COUNCIL_CHAIR))) {
      problems.add("Chủ tịch Hội đồng phải là một trong các thành viên được chọn.");
    }
  }

  /** The member ids of the checklist's value (a Json array, a JSON string or a Java list). */
  static List<String> memberIds(Object value) {
    List<String> ids = new ArrayList<>();
    if (value == null) {
      return ids;
    }
    try {
      JsonNode node = value instanceof List<?> list ? JSON.valueToTree(list) : JSON.readTree(value.toString());
      node.forEach(item -> ids.add(item.asText()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return ids;
    }
    return ids.stream().distinct().toList();
  }
}

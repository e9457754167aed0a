package vn.ocop.workflow.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.ocop.workflow.access.OcopGroups;

/**
 * The council members a province officer can convene, as the options of a form's checklist, and the
 * member ids of what the checklist submits. Used by the evaluation and the re-evaluation.
 */
public final class CouncilMembers {

  public static final int MIN_MEMBERS = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  private CouncilMembers() {
  }

  /**
   * The users of group {@code councilMembers} as checklist options ({@code label}, {@code value}), in
   * Vietnamese order: by given name (lastName), then the rest; the database would put "Đức" after
   * "Tuấn". Labelled by name, not by account. A Json variable, as form-js itself submits lists.
   */
  public static TypedValue options(IdentityService identityService) {
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    List<User> members = identityService.createUserQuery().memberOfGroup(OcopGroups.COUNCIL_MEMBERS).list().stream()
        .sorted(Comparator.comparing(User::getLastName, vietnamese).thenComparing(User::getFirstName, vietnamese))
        .toList();
    Map<String, Long> byName = members.stream().collect(Collectors.groupingBy(CouncilMembers::fullName, Collectors.counting()));
    List<Map<String, String>> options = members.stream()
        .map(user -> Map.of("label", label(user, byName.get(fullName(user)) > 1), "value", user.getId()))
        .toList();
    return SpinValues.jsonValue(JSON.valueToTree(options).toString()).create();
  }

  private static String fullName(User user) {
    return (user.getFirstName() + " " + user.getLastName()).trim();
  }

  /** A member as officers know them: by name; the e-mail (or the account) only tells namesakes apart. */
  private static String label(User user, boolean namesake) {
    if (!namesake) {
      return fullName(user);
    }
    String email = user.getEmail();
    return fullName(user) + " (" + (email == null || email.isBlank() ? user.getId() : email) + ")";
  }

  /** A council of at least {@code MIN_MEMBERS} members, its chair one of them. */
  public static void check(vn.ocop.workflow.form.FormValues values, List<String> problems) {
    List<String> members = ids(values.get(EvaluationVariables.COUNCIL_MEMBERS));
    if (members.size() < MIN_MEMBERS) {
      problems.add("Hội đồng phải có ít nhất " + MIN_MEMBERS + " thành viên.");
    }
    if (!members.contains(values.text(EvaluationVariables.COUNCIL_CHAIR))) {
      problems.add("Chủ tịch Hội đồng phải là một trong các thành viên được chọn.");
    }
  }

  /** The member ids of the checklist's value (a Json array, a JSON string or a Java list), each once. */
  public static List<String> ids(Object value) {
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

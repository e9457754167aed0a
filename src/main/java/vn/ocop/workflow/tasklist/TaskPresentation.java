package vn.ocop.workflow.tasklist;

import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.evaluation.EvaluationVariables;

/**
 * How every new user task reads in Tasklist, whatever its model:
 * <ul>
 * <li>its name says what to do and for which product:
 * {@code Kiểm tra hồ sơ, đánh giá 4 nội dung: Chả gà Yên Thế – xã Tam Tiến} (the activity's name from
 * the model, product and commune from the process variables; a process without a product, such as the
 * yearly campaign, keeps the activity's name);</li>
 * <li>it holds task-local copies of the variables the filters show under its name ({@link
 * TasklistFilters#SHOWN_VARIABLES}). Officers may read their own tasks but not the process instances,
 * and Tasklist shows only the variables its user may read; a task's own variables are readable with
 * the task. A user task's form therefore must not change these variables (a model convention test
 * checks it): the change would land on the copy.</li>
 * </ul>
 * One listener for every model: the Camunda Spring Boot starter publishes each task event to Spring
 * (property {@code camunda.bpm.eventing.task}, on by default), so no model has to declare it.
 */
@Component
class TaskPresentation {

  /** The longest task name the engine's tables hold ({@code ACT_RU_TASK.NAME_}). */
  static final int MAX_NAME_LENGTH = 255;
  /** Unit types that open a commune's name; lower case inside a sentence, as in "UBND xã Tam Tiến". */
  private static final List<String> COMMUNE_TYPES = List.of("Xã ", "Phường ", "Thị trấn ", "Đặc khu ");

  @EventListener
  void onCreate(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      return;
    }
    task.setName(name(task.getName(), text(task.getVariable(EvaluationVariables.PRODUCT_NAME)),
        text(task.getVariable(EvaluationVariables.COMMUNE_NAME))));
    for (String shown : TasklistFilters.shownVariableNames()) {
      Object value = task.getVariable(shown);
      if (value != null) {
        task.setVariableLocal(shown, value);
      }
    }
  }

  /**
   * {@code <activity>: <product> – <commune>}; the product and commune in brackets when the activity's
   * name is a question or has a colon already; the activity's name alone without a product.
   */
  static String name(String activity, String product, String commune) {
    if (activity == null || product == null) {
      return activity;
    }
    String subject = commune == null ? product : product + " – " + inSentence(commune);
    String name = activity.contains(":") || activity.endsWith("?")
        ? activity + " (" + subject + ")"
        : activity + ": " + subject;
    return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH - 1) + "…";
  }

  /** "Xã Tam Tiến" as it reads inside a sentence: "xã Tam Tiến". */
  static String inSentence(String commune) {
    for (String type : COMMUNE_TYPES) {
      if (commune.startsWith(type)) {
        return type.toLowerCase(Locale.ROOT) + commune.substring(type.length());
      }
    }
    return commune;
  }

  private static String text(Object value) {
    return value instanceof String s && !s.isBlank() ? s.strip() : null;
  }
}

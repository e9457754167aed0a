package vn.ocop.workflow.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.product.Products;

/**
 * How every new user task reads in Tasklist, whatever its model:
 * <ul>
 * <li>its name says what to do and for which product:
 * {@code Kiểm tra hồ sơ, đánh giá 4 nội dung: Chả gà Yên Thế – xã Tam Tiến} (the activity's name from
 * the model, product and commune from the process variables; a process without a product, such as the
 * yearly campaign, keeps the activity's name);</li>
 * <li>its form shows the product's header ({@link #HEADER}): a process the cycle calls is given its
 * product by reference (the product's id), so the header is read from the product ({@code
 * Products.context}) once, when the task is created, and kept with the task;</li>
 * <li>it holds task-local copies of the variables the filters show under its name ({@link
 * TasklistFilters#SHOWN_VARIABLES}). Officers may read their own tasks but not the process instances,
 * and Tasklist shows only the variables its user may read; a task's own variables are readable with
 * the task. A user task's form therefore must not change these variables (a model convention test
 * checks it): the change would land on the copy.</li>
 * <li>a form chosen by a variable ({@code camunda:formRef="${scoreSheetFormId}"}) keeps that variable with
 * the task too, so that listing tasks does not read their processes' variables
 * ({@link #keepFormReference}).</li>
 * </ul>
 * One listener for every model: the Camunda Spring Boot starter publishes each task event to Spring
 * (property {@code camunda.bpm.eventing.task}, on by default), so no model has to declare it.
 */
@Component
class TaskPresentation {

  /** The product's header every task's form shows, and Tasklist's list shows in part ({@link TasklistFilters}). */
  static final List<String> HEADER = List.of(ProductVariables.PRODUCT_NAME, ProductVariables.PRODUCER_NAME,
      ProductVariables.PRODUCT_SET_NAME, ProductVariables.COMMUNE_NAME);

  /**
   * The variables a form may be chosen by ({@code camunda:formRef="${…}"}): the council's score sheet is the
   * product's criteria sheet. Only these are copied to the task ({@link #keepFormReference}); the model
   * contract test checks that every such reference in {@code bpmn/} names one of them.
   */
  static final Set<String> FORM_REFERENCE_VARIABLES = Set.of("scoreSheetFormId");

  /** A form reference that is one variable: {@code ${scoreSheetFormId}}. */
  private static final Pattern FORM_REF_VARIABLE = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");

  /** The longest task name the engine's tables hold ({@code ACT_RU_TASK.NAME_}). */
  static final int MAX_NAME_LENGTH = 255;
  /** Unit types that open a commune's name; lower case inside a sentence, as in "UBND xã Tam Tiến". */
  private static final List<String> COMMUNE_TYPES = List.of("Xã ", "Phường ", "Thị trấn ", "Đặc khu ");

  @EventListener
  void onCreate(DelegateTask task) {
    if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      return;
    }
    Map<String, Object> header = header(task);
    task.setName(name(task.getName(), text(header.get(ProductVariables.PRODUCT_NAME)),
        text(header.get(ProductVariables.COMMUNE_NAME))));
    header.forEach((name, value) -> {
      if (value != null && (TasklistFilters.shownVariableNames().contains(name) || task.getVariable(name) == null)) {
        task.setVariableLocal(name, value);
      }
    });
    keepFormReference(task);
  }

  /**
   * A form chosen by a variable ({@code camunda:formRef="${scoreSheetFormId}"}: a council member's score
   * sheet is the product's criteria sheet) is kept with the task as a task-local copy of that variable:
   * every list of tasks (Tasklist's filters, the inbox) names each task's form, and the engine resolves
   * the reference from the task's own variables first; without the copy it read the variables of the
   * task's execution, its multi-instance body and its process instance, three statements per listed task.
   */
  private static void keepFormReference(DelegateTask task) {
    String variable = formReferenceVariable(task.getBpmnModelElementInstance() == null ? null
        : task.getBpmnModelElementInstance().getCamundaFormRef());
    if (variable != null && FORM_REFERENCE_VARIABLES.contains(variable) && !task.hasVariableLocal(variable)) {
      Object value = task.getVariable(variable);
      if (value != null) {
        task.setVariableLocal(variable, value);
      }
    }
  }

  /**
   * Whether a variable of this name, held by a task, is a copy this class made: the product's header, the
   * variables the filters show, a form's reference. Such copies repeat what the product and its process
   * hold, and are kept out of the engine's history ({@link CopiesOutOfHistory}).
   */
  static boolean isCopiedName(String name) {
    return COPIED_NAMES.contains(name);
  }

  private static final Set<String> COPIED_NAMES = copiedNames();

  private static Set<String> copiedNames() {
    Set<String> names = new java.util.HashSet<>(HEADER);
    names.addAll(TasklistFilters.shownVariableNames());
    names.addAll(FORM_REFERENCE_VARIABLES);
    return Set.copyOf(names);
  }

  /** The variable a form reference consists of ({@code ${name}}), or {@code null} for any other reference. */
  static String formReferenceVariable(String formRef) {
    if (formRef == null) {
      return null;
    }
    Matcher matcher = FORM_REF_VARIABLE.matcher(formRef.strip());
    return matcher.matches() ? matcher.group(1) : null;
  }

  /**
   * What the task shows of its product: the variables the process has, and for a process that was given
   * the product by reference (a process the cycle calls), the product's context read once for the task.
   */
  private Map<String, Object> header(DelegateTask task) {
    Map<String, Object> header = new LinkedHashMap<>();
    for (String name : HEADER) {
      header.put(name, task.getVariable(name));
    }
    if (header.containsValue(null) && task.getVariable(ProductVariables.PRODUCT_ID) instanceof Number productId) {
      products.context(productId.longValue()).header().forEach(header::putIfAbsent);
    }
    return header;
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

  private final Products products;

  TaskPresentation(Products products) {
    this.products = products;
  }

  private static String text(Object value) {
    return value instanceof String s && !s.isBlank() ? s.strip() : null;
  }
}

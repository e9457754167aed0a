package vn.ocop.workflow.tasklist;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The form of every task of one page of the inbox's list, as the engine's {@code initializeFormKeys()}
 * names it, read for the whole page at once.
 *
 * <p>The engine resolves each listed task's form on its own. A form named in the model costs nothing, but
 * the council's score sheet is chosen by a variable ({@code camunda:formRef="${scoreSheetFormId}"}), and the
 * engine reads that task's variables for it: one statement for every listed sheet, 15 in a council
 * member's list. Here a form named in the model is taken from the model (the engine's cached copy), and a
 * form chosen by one variable is read for all the page's tasks in one variable query (the task-local copy
 * that {@link TaskPresentation} keeps). A task whose form is anything else (another expression, a version
 * binding or none, a task without a process, a sheet without its copy) is left to the engine's own resolution, so
 * the answer is always the engine's.
 */
final class ListedForms {

  /** What a user task's model says of its form, or nothing when only the engine can say. */
  record Declared(String formKey, String formRefKey, String formRefBinding, String formRefVariable) {
  }

  /** A form reference as the engine reports it ({@code key}, {@code binding}, {@code version}). */
  record FormRef(String key, String binding, Integer version) implements CamundaFormRef {
    @Override
    public String getKey() {
      return key;
    }

    @Override
    public String getBinding() {
      return binding;
    }

    @Override
    public Integer getVersion() {
      return version;
    }
  }

  /** A task's form: its key or its reference (both absent for a task without a form). */
  private record Form(String formKey, CamundaFormRef formRef) {
  }

  private static final String LATEST = "latest";
  private static final String DEPLOYMENT = "deployment";

  private final ProcessEngine engine;
  /** By process definition id and task key: definitions never change once deployed. */
  private final Map<String, Optional<Declared>> declared = new ConcurrentHashMap<>();

  ListedForms(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * The page's tasks with their forms named, in the given order; {@code tasks} were read without
   * {@code initializeFormKeys()}. Called as the system, inside the answer's transaction.
   */
  List<Task> named(List<Task> tasks) {
    Map<String, Form> forms = new HashMap<>();
    Map<String, List<Task>> byVariable = new LinkedHashMap<>();
    List<String> toEngine = new ArrayList<>();
    for (Task task : tasks) {
      Optional<Declared> declaration = declarationOf(task);
      if (declaration.isEmpty()) {
        toEngine.add(task.getId());
      } else if (declaration.get().formRefVariable() != null) {
        byVariable.computeIfAbsent(declaration.get().formRefVariable(), name -> new ArrayList<>()).add(task);
      } else {
        Declared form = declaration.get();
        forms.put(task.getId(), new Form(form.formKey(),
            form.formRefKey() == null ? null : new FormRef(form.formRefKey(), form.formRefBinding(), null)));
      }
    }
    byVariable.forEach((variable, chosen) -> {
      Map<String, Object> values = taskLocalValues(variable, chosen);
      for (Task task : chosen) {
        Object value = values.get(task.getId());
        if (value instanceof String key && !key.isBlank()) {
          forms.put(task.getId(), new Form(null, new FormRef(key, bindingOf(task), null)));
        } else {
          toEngine.add(task.getId());
        }
      }
    });
    Map<String, Task> resolvedByEngine = toEngine.isEmpty() ? Map.of()
        : engine.getTaskService().createTaskQuery().taskIdIn(toEngine.toArray(String[]::new)).initializeFormKeys()
            .list().stream().collect(Collectors.toMap(Task::getId, Function.identity()));
    List<Task> named = new ArrayList<>(tasks.size());
    for (Task task : tasks) {
      Form form = forms.get(task.getId());
      if (form != null) {
        named.add(withForm(task, form));
      } else if (resolvedByEngine.containsKey(task.getId())) {
        named.add(resolvedByEngine.get(task.getId()));
      }
    }
    return named;
  }

  private String bindingOf(Task task) {
    return declarationOf(task).map(Declared::formRefBinding).orElseThrow();
  }

  /** The variable's task-local values of these tasks, by task id, in one query. */
  private Map<String, Object> taskLocalValues(String variable, List<Task> tasks) {
    Map<String, Object> values = new HashMap<>();
    for (VariableInstance instance : engine.getRuntimeService().createVariableInstanceQuery()
        .disableBinaryFetching().disableCustomObjectDeserialization().variableName(variable)
        .taskIdIn(tasks.stream().map(Task::getId).toArray(String[]::new)).unlimitedList()) {
      values.put(instance.getTaskId(), instance.getValue());
    }
    return values;
  }

  private Optional<Declared> declarationOf(Task task) {
    if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
      return Optional.empty();
    }
    return declared.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> read(task.getProcessDefinitionId(), task.getTaskDefinitionKey()));
  }

  private Optional<Declared> read(String definitionId, String taskKey) {
    ModelElementInstance element = engine.getRepositoryService().getBpmnModelInstance(definitionId)
        .getModelElementById(taskKey);
    return element instanceof UserTask userTask ? declared(userTask.getCamundaFormKey(),
        userTask.getCamundaFormRef(), userTask.getCamundaFormRefBinding(), userTask.getCamundaFormRefVersion())
        : Optional.empty();
  }

  /**
   * What the model's attributes say, when it is what the engine would report without evaluating anything
   * but one variable: a literal key, or a reference by literal key or by one variable, bound to the latest
   * form or to the task's deployment.
   */
  static Optional<Declared> declared(String formKey, String formRef, String binding, String version) {
    if (formKey != null && formRef != null || version != null) {
      return Optional.empty();
    }
    if (formKey != null) {
      return literal(formKey) ? Optional.of(new Declared(formKey.strip(), null, null, null)) : Optional.empty();
    }
    if (formRef == null) {
      return Optional.of(new Declared(null, null, null, null));
    }
    String bound = binding == null ? null : binding.strip();
    if (!LATEST.equals(bound) && !DEPLOYMENT.equals(bound)) {
      return Optional.empty();
    }
    String variable = TaskPresentation.formReferenceVariable(formRef);
    if (variable != null) {
      return Optional.of(new Declared(null, null, bound, variable));
    }
    return literal(formRef) ? Optional.of(new Declared(null, formRef.strip(), bound, null)) : Optional.empty();
  }

  /** A value the engine's expression manager would return as written: no expression in it. */
  private static boolean literal(String value) {
    return !value.isBlank() && !value.contains("${") && !value.contains("#{");
  }

  /** The task as the engine reads it, with its form named as given. */
  private static Task withForm(Task task, Form form) {
    return (Task) Proxy.newProxyInstance(Task.class.getClassLoader(), new Class<?>[] {Task.class},
        (proxy, method, arguments) -> switch (method.getName()) {
          case "getFormKey" -> form.formKey();
          case "getCamundaFormRef" -> form.formRef();
          default -> invoke(task, method, arguments);
        });
  }

  private static Object invoke(Task task, Method method, Object[] arguments) throws Throwable {
    try {
      return method.invoke(task, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}

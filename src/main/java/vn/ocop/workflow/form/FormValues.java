package vn.ocop.workflow.form;

import java.util.function.Function;

/** The submitted values of a form, read through the task's or execution's variable scopes. */
public final class FormValues {

  private final Function<String, Object> variables;

  public FormValues(Function<String, Object> variables) {
    this.variables = variables;
  }

  public Object get(String name) {
    return variables.apply(name);
  }

  public boolean isTrue(String name) {
    Object value = get(name);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  public boolean isFalse(String name) {
    Object value = get(name);
    return Boolean.FALSE.equals(value) || "false".equals(value);
  }

  public boolean isBlank(String name) {
    Object value = get(name);
    return value == null || value.toString().isBlank();
  }

  public String text(String name) {
    Object value = get(name);
    return value == null ? null : value.toString().trim();
  }
}

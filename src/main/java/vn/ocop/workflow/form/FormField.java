package vn.ocop.workflow.form;

import java.util.List;

/**
 * One input field of a Camunda Form (form-js schema), with the validation the form declares.
 *
 * @param path          the variable holding the value: the key, or {@code group.key} inside a group with a path
 * @param allowedValues the static options of a select, radio or checklist; empty when dynamic or free
 * @param valuesKey     the variable that lists the options at run time, or {@code null}
 * @param decimalDigits a number field's allowed decimals ({@code 0}: whole numbers), or {@code null}
 */
record FormField(
    String path,
    String type,
    String label,
    boolean required,
    boolean readonly,
    Double min,
    Double max,
    Integer minLength,
    Integer maxLength,
    String pattern,
    List<String> allowedValues,
    String valuesKey,
    Integer decimalDigits) {

  /** The variable that holds this field's value (the first segment of the path). */
  String variable() {
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }

  /** The key inside the variable's JSON object, or {@code null} for a plain variable. */
  String nestedKey() {
    int dot = path.indexOf('.');
    return dot < 0 ? null : path.substring(dot + 1);
  }
}

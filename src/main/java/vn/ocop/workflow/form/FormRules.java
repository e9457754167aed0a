package vn.ocop.workflow.form;

import java.util.List;

/**
 * Rules of one form that its schema cannot express (one field required depending on another). A bean
 * per form; {@link FormValidator} applies it after the schema's own rules.
 */
public interface FormRules {

  String formId();

  /** Adds a Vietnamese message to {@code problems} for every rule the submission breaks. */
  void check(FormValues values, List<String> problems);
}

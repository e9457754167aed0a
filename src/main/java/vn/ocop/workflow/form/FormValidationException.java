package vn.ocop.workflow.form;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A form submission broke the form's rules. The message is Vietnamese, for the officer who submitted
 * it; thrown inside the engine's transaction, it rolls back the whole submission.
 */
public class FormValidationException extends ProcessEngineException {

  private final String formId;
  private final List<String> problems;

  public FormValidationException(String formId, List<String> problems) {
    super("Dữ liệu chưa hợp lệ, chưa lưu được: " + String.join(" ", problems));
    this.formId = formId;
    this.problems = List.copyOf(problems);
  }

  public String formId() {
    return formId;
  }

  public List<String> problems() {
    return problems;
  }
}

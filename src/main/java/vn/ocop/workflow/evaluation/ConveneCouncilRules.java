package vn.ocop.workflow.evaluation;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.form.FormRules;
import vn.ocop.workflow.form.FormValues;

/** The council convened must have at least three members, and its chair must be one of them. */
@Component
class ConveneCouncilRules implements FormRules {

  static final String FORM_ID = "conveneCouncil";

  @Override
  public String formId() {
    return FORM_ID;
  }

  @Override
  public void check(FormValues values, List<String> problems) {
    CouncilMembers.check(values, problems);
  }
}

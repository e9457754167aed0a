package vn.ocop.workflow.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.form.FormRules;
import vn.ocop.workflow.form.FormValues;

/**
 * The council convened must have at least three members, and its chair must be one of them; a meeting
 * date, when given, is not in the past.
 */
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
    String meeting = values.text(EvaluationVariables.MEETING_DATE);
    if (meeting != null && !meeting.isBlank()) {
      try {
        LocalDate date = LocalDate.parse(meeting.trim());
        if (date.isBefore(EngineClock.today())) {
          problems.add("«Ngày họp Hội đồng» (" + date.format(FormRules.DAY_FIRST) + ") không được trước hôm nay.");
        }
      } catch (DateTimeParseException e) {
        // the schema's own date check reports it
      }
    }
  }
}

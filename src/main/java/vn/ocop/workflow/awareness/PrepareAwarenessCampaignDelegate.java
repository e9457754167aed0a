package vn.ocop.workflow.awareness;

import static vn.ocop.workflow.awareness.AwarenessVariables.CAMPAIGN_DEADLINE;
import static vn.ocop.workflow.awareness.AwarenessVariables.CAMPAIGN_DEADLINE_TEXT;
import static vn.ocop.workflow.awareness.AwarenessVariables.CAMPAIGN_YEAR;
import static vn.ocop.workflow.awareness.AwarenessVariables.COMMUNE_GROUPS;
import static vn.ocop.workflow.awareness.AwarenessVariables.DISTRICT_GROUPS;
import static vn.ocop.workflow.awareness.AwarenessVariables.PROVINCE_GROUPS;
import static vn.ocop.workflow.evaluation.EvaluationVariables.SUBMISSION_DATE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.unit.AdministrativeLevel;
import vn.ocop.workflow.unit.AdministrativeUnit;
import vn.ocop.workflow.unit.AdministrativeUnits;

/**
 * Task_PrepareCampaign: opens this year's awareness campaign. Sets the year, the reporting deadline (end
 * of February, or 30 days when a campaign is opened by hand after February), the date DMN ocopRegime
 * decides on, and the unit groups the province, district and commune tasks run over. A
 * {@code submissionDate} given when starting is kept: it picks the rules of that date (tests use it for
 * the former three-level structure with districts).
 */
@Component("prepareAwarenessCampaignDelegate")
class PrepareAwarenessCampaignDelegate implements JavaDelegate {

  static final int LATE_CAMPAIGN_DAYS = 30;
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final AdministrativeUnits units;

  PrepareAwarenessCampaignDelegate(AdministrativeUnits units) {
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDateTime now = EngineClock.dateTime();
    LocalDateTime deadline = deadline(now);
    execution.setVariable(CAMPAIGN_YEAR, now.getYear());
    execution.setVariable(CAMPAIGN_DEADLINE, Date.from(deadline.atZone(EngineClock.ZONE).toInstant()));
    execution.setVariable(CAMPAIGN_DEADLINE_TEXT, deadline.format(DAY));
    if (execution.getVariable(SUBMISSION_DATE) == null) {
      execution.setVariable(SUBMISSION_DATE, Date.from(now.atZone(EngineClock.ZONE).toInstant()));
    }
    execution.setVariable(PROVINCE_GROUPS, groups(AdministrativeLevel.PROVINCE));
    execution.setVariable(DISTRICT_GROUPS, groups(AdministrativeLevel.DISTRICT));
    execution.setVariable(COMMUNE_GROUPS, groups(AdministrativeLevel.COMMUNE));
  }

  /** 23:59:59 on the last day of February for a campaign opened in January or February, else in 30 days. */
  static LocalDateTime deadline(LocalDateTime now) {
    LocalDate lastDay = now.getMonthValue() <= Month.FEBRUARY.getValue()
        ? YearMonth.of(now.getYear(), Month.FEBRUARY).atEndOfMonth()
        : now.toLocalDate().plusDays(LATE_CAMPAIGN_DAYS);
    return lastDay.plusDays(1).atStartOfDay().minusSeconds(1);
  }

  private Object groups(AdministrativeLevel level) {
    ArrayList<String> groups = new ArrayList<>(units.ofLevel(level).stream().map(AdministrativeUnit::groupId).toList());
    return Variables.objectValue(groups).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }
}

package vn.ocop.workflow.evaluation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;

/**
 * Evaluation rounds of Decision 26/2026/QĐ-TTg Art. 5. Province: round 1 finishes by 30 June for
 * dossiers the commune proposed before 30 April, round 2 by 30 December for those proposed before
 * 30 October; later ones wait for round 1 of the next year. Ministry (5 stars): round 1 by
 * 30 September for proposals before 30 July, round 2 by 30 March of the next year for proposals
 * before 30 January.
 */
@Component("evaluationRounds")
public class EvaluationRounds {

  /**
   * A round: its Vietnamese name, the last day by which it must be finished, and its proposal cut-off (the
   * proposals made before that day are in it).
   */
  public record Round(String name, LocalDate deadline, LocalDate proposalCutOff) {

    public Date deadlineEndOfDay() {
      return EngineClock.endOf(deadline);
    }
  }

  public static Round provinceRound(LocalDate proposedOn) {
    int year = proposedOn.getYear();
    MonthDay day = MonthDay.from(proposedOn);
    if (day.isBefore(MonthDay.of(4, 30))) {
      return new Round("Đợt 1 năm " + year, LocalDate.of(year, 6, 30), LocalDate.of(year, 4, 30));
    }
    if (day.isBefore(MonthDay.of(10, 30))) {
      return new Round("Đợt 2 năm " + year, LocalDate.of(year, 12, 30), LocalDate.of(year, 10, 30));
    }
    return new Round("Đợt 1 năm " + (year + 1), LocalDate.of(year + 1, 6, 30), LocalDate.of(year + 1, 4, 30));
  }

  public static Round centralRound(LocalDate proposedOn) {
    int year = proposedOn.getYear();
    MonthDay day = MonthDay.from(proposedOn);
    if (day.isBefore(MonthDay.of(1, 30))) {
      return new Round("Đợt 2 cấp trung ương năm " + (year - 1), LocalDate.of(year, 3, 30), LocalDate.of(year, 1, 30));
    }
    if (day.isBefore(MonthDay.of(7, 30))) {
      return new Round("Đợt 1 cấp trung ương năm " + year, LocalDate.of(year, 9, 30), LocalDate.of(year, 7, 30));
    }
    return new Round("Đợt 2 cấp trung ương năm " + year, LocalDate.of(year + 1, 3, 30),
        LocalDate.of(year + 1, 1, 30));
  }

  /** Due date of the ministry's result for a dossier the province proposes on {@code proposedOn}. */
  public Date centralDeadline(Date proposedOn) {
    return centralRound(proposedOn.toInstant().atZone(EngineClock.ZONE).toLocalDate()).deadlineEndOfDay();
  }
}

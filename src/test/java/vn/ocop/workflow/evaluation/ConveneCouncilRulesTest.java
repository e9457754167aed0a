package vn.ocop.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.form.FormValues;

/** A council is convened with at least three members, its chair among them, and not for a day gone by. */
class ConveneCouncilRulesTest {

  static List<String> problems(String meetingDate) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> values = Map.of("councilMembers", "[\"hoidong1\",\"hoidong2\",\"hoidong3\"]",
        "councilChair", "hoidong1", "meetingDate", meetingDate, "meetingPlace", "Phòng họp số 2");
    new ConveneCouncilRules().check(new FormValues(values::get), problems);
    return problems;
  }

  @Test
  void aMeetingTodayOrLaterIsAccepted() {
    assertThat(problems(EngineClock.today().toString())).isEmpty();
    assertThat(problems(EngineClock.today().plusDays(10).toString())).isEmpty();
    assertThat(problems("")).isEmpty();
  }

  @Test
  void aMeetingInThePastIsRefusedWithItsDateDayFirst() {
    String yesterday = EngineClock.today().minusDays(1).toString();
    assertThat(problems(yesterday)).containsExactly("«Ngày họp Hội đồng» ("
        + EngineClock.today().minusDays(1).format(vn.ocop.workflow.form.FormRules.DAY_FIRST) + ") không được trước hôm nay.");
  }
}

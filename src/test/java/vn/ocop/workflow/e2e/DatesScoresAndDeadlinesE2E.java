package vn.ocop.workflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.e2e.Browser.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.criteria.CriteriaCatalog;
import vn.ocop.workflow.criteria.CriteriaSet;

/**
 * Forms that cannot mislead, in headless Chromium with language vi (demo profile, H2): a date typed day
 * first is that day, a day that does not exist is refused where it was typed, the calendar speaks
 * Vietnamese; the task's due date is the end of a day in Vietnam and the overdue count shows the moment
 * Tasklist opens; a council member reads every option whole, sees the totals while scoring and the
 * criteria still missing, and the total submitted is the one stored. Screenshots under target/e2e/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatesScoresAndDeadlinesE2E {

  static final String PASSWORD = "demo";
  static final String PROCESS = "Đánh giá, phân hạng sản phẩm OCOP";
  static final String PRODUCT = "Chè xanh Tam Tiến";
  static final String MEAT_AND_OTHER_FOOD =
      "8. Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác";
  static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final By NOTIFICATIONS = By.cssSelector(".notifications .alert");
  static final By DATE_FIELD = By.cssSelector("input[id$='-Field_receivedOn-date']");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired CriteriaCatalog criteria;
  @Autowired JdbcTemplate jdbc;

  Browser browser;

  /**
   * A day in the past whose day of the month is above 12, so that read month first it is no date at
   * all; old enough for the commune's 15 working days to have passed: the review is overdue.
   */
  final LocalDate received = receivedDay(EngineClock.today());

  static LocalDate receivedDay(LocalDate today) {
    LocalDate day = today.minusDays(40);
    while (day.getDayOfMonth() <= 12) {
      day = day.minusDays(1);
    }
    return day;
  }

  @RegisterExtension
  final TestWatcher screenshotOnFailure = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
      }
    }
  };

  Browser browser(String language) {
    closeBrowser();
    browser = new Browser(port, language);
    return browser;
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  ProcessInstance registration() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("productEvaluation")
        .variableValueEquals("productName", PRODUCT).singleResult();
  }

  Task task(String key) {
    return taskService.createTaskQuery().processInstanceId(registration().getId()).taskDefinitionKey(key).singleResult();
  }

  void typeDate(String text) {
    WebElement field = browser.visible(DATE_FIELD);
    field.clear();
    field.sendKeys(text);
    field.sendKeys(Keys.TAB);
  }

  @Test
  @Order(1)
  void aDateTypedDayFirstIsThatDayAndADayThatDoesNotExistIsRefusedWhereItWasTyped() {
    Browser b = browser("vi");
    b.logIn("tasklist", "xatamtien", PASSWORD);
    b.wait.until(d -> "OCOP · Công việc".equals(d.getTitle()));
    b.withText(By.cssSelector("[cam-widget-header] .brand, [cam-widget-header] .navbar-brand"), "OCOP · Công việc");

    b.click(By.cssSelector("li.start-process-action a"));
    b.click(text("a", PROCESS));
    b.withText(By.cssSelector(".modal-content"), "Phiếu đăng ký đánh giá, phân hạng sản phẩm OCOP (Mẫu 01)");
    b.choose("dossierType", "Đánh giá, phân hạng lần đầu");
    b.fill("producerName", "HTX Chè Tam Tiến");
    b.choose("producerType", "Hợp tác xã (HTX)");
    b.fill("representativeName", "Lê Thị Hoa");
    b.fill("producerAddress", "Thôn Đồng Vương, xã Tam Tiến, huyện Yên Thế");
    b.fill("producerPhone", "0912345678");
    b.fill("productName", PRODUCT);
    b.choose("productSet", MEAT_AND_OTHER_FOOD);
    b.fill("sampleCount", "5");

    assertThat(b.visible(DATE_FIELD).getAttribute("placeholder")).isEqualTo("ngày/tháng/năm");
    typeDate("31/02/2026");
    b.wait.until(d -> "Không có ngày 31/02/2026: nhập ngày/tháng/năm, ví dụ 05/11/2026."
        .equals(d.findElement(By.cssSelector("[data-ocop-date-error]")).getAttribute("data-ocop-date-error")));
    assertThat(b.visible(DATE_FIELD).getAttribute("value")).isEmpty();
    b.screenshot("20-date-that-does-not-exist");

    b.click(DATE_FIELD);
    WebElement calendar = b.visible(By.cssSelector(".flatpickr-calendar.open"));
    List<String> weekdays = b.texts(By.cssSelector(".flatpickr-calendar.open .flatpickr-weekday"));
    assertThat(weekdays).startsWith("T2", "T3", "T4", "T5", "T6", "T7", "CN");
    assertThat(calendar.getText()).containsPattern("Tháng \\d{1,2}");
    b.screenshot("21-vietnamese-calendar");

    String typed = received.format(DAY_FIRST);
    typeDate(typed);
    assertThat(b.driver.findElements(By.cssSelector("[data-ocop-date-error]"))).isEmpty();
    assertThat(b.visible(DATE_FIELD).getAttribute("value")).isEqualTo(typed);
    b.screenshot("22-date-typed-day-first");

    b.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Bắt đầu']"));
    b.withText(NOTIFICATIONS, "Quy trình đã được bắt đầu.");
    assertThat(runtimeService.getVariable(registration().getId(), "receivedOn")).isEqualTo(received.toString());
  }

  @Test
  @Order(2)
  void theReviewIsDueAtTheEndOfADayInVietnamAndTheOverdueCountShowsTheMomentTasklistOpens() {
    Task review = task("Task_CommuneReview");
    LocalDateTime due = LocalDateTime.ofInstant(review.getDueDate().toInstant(), EngineClock.ZONE);
    assertThat(due).isEqualTo(workingDaysAfter(received, 15).atTime(23, 59, 59));
    assertThat(due.toLocalDate()).isBefore(EngineClock.today());

    Browser b = browser("vi");
    b.logIn("tasklist", "xatamtien", PASSWORD);
    assertThat(b.withText(By.cssSelector(".task-filter .ocop-overdue"), "1").isDisplayed()).isTrue();
    assertThat(b.withText(By.cssSelector(".task-filter .ocop-due-soon"), "0").isDisplayed()).isTrue();
    assertThat(b.driver.findElement(By.cssSelector(".task-filter.active h4.name a")).getText()).contains("Việc của đơn vị tôi");
    assertThat(b.driver.findElements(By.cssSelector("li.task .priority"))).as("priority").isNotEmpty().noneMatch(WebElement::isDisplayed);
    b.screenshot("23-overdue-count-on-landing");

    b.click(By.xpath("//li[contains(@class,'task')]//h4/a[contains(normalize-space(),'" + PRODUCT + "')]"));
    b.visible(By.cssSelector("[cam-tasklist-task-meta] .due-date"));
    b.withText(By.cssSelector(".fjs-container"), "Ngày tiếp nhận: " + received.format(DAY_FIRST));
    b.withText(By.cssSelector(".fjs-container"), "Quy định áp dụng: Quyết định 26/2026/QĐ-TTg");
    assertThat(b.pageText()).doesNotContain(received.toString(), "QD26_2026", "(v. ");
    assertThat(b.driver.findElements(By.cssSelector("[cam-tasklist-task-meta] a[translate='SET_DUE_DATE'],"
        + " [cam-tasklist-task-meta] .reset-due-date, [cam-tasklist-task-meta] a[translate='SET_FOLLOW_UP_DATE'],"
        + " a.instance-link"))).noneMatch(WebElement::isDisplayed);
    b.screenshot("24-task-without-controls-that-fail");
  }

  @Test
  @Order(3)
  void aCouncilMemberReadsEveryOptionWholeSeesTheTotalsWhileScoringAndTheCriteriaStillMissing() {
    driveToTheCouncil();
    CriteriaSet sheet = criteria.get(8);
    List<CriteriaSet.Criterion> all = sheet.criteria().toList();

    Browser b = browser("vi");
    b.logIn("tasklist", "hoidong1", PASSWORD);
    b.click(By.xpath("//li[contains(@class,'task')]//h4/a[contains(normalize-space(),'" + PRODUCT + "')]"));
    b.withText(By.cssSelector(".fjs-container"), "Phiếu chấm điểm sản phẩm OCOP");
    b.visible(By.cssSelector("input[id$='-Field_" + all.get(0).fieldKey() + "-0']"));

    Number cut = (Number) b.driver.executeScript("return [...document.querySelectorAll('.fjs-container .fjs-form-field-label')]"
        + ".filter(l => l.offsetParent && l.scrollWidth > l.clientWidth + 1).length;");
    assertThat(cut.intValue()).as("labels cut off").isZero();

    java.util.Set<String> inPartA = new java.util.HashSet<>();
    sheet.parts().get(0).sections().forEach(section -> section.criteria().forEach(c -> inPartA.add(c.fieldKey())));
    int expected = 0;
    int partA = 0;
    for (int i = 0; i < all.size() - 1; i++) {
      CriteriaSet.Criterion criterion = all.get(i);
      int option = i % criterion.options().size();
      b.pick(criterion.fieldKey(), option);
      expected += criterion.options().get(option).points();
      if (inPartA.contains(criterion.fieldKey())) {
        partA += criterion.options().get(option).points();
      }
    }
    b.withText(By.cssSelector(".fjs-container"), "Điểm phần A: " + partA + " / 40");
    b.withText(By.cssSelector(".fjs-container"), "Tổng điểm của phiếu: " + expected + " / 100 — Còn chưa chọn mức: 1 tiêu chí");
    b.screenshot("25-score-sheet-running-totals");

    CriteriaSet.Criterion last = all.get(all.size() - 1);
    b.click(text("button", "Hoàn thành"));
    WebElement missing = b.visible(By.cssSelector(".ocop-missing-criterion"));
    assertThat(missing.getText()).contains(last.code() + ".");
    assertThat(b.driver.findElements(By.cssSelector(".ocop-missing-criterion"))).hasSize(1);
    b.screenshot("26-missing-criterion-marked");
    assertThat(taskService.createTaskQuery().processInstanceId(registration().getId()).taskAssignee("hoidong1").count())
        .as("the sheet stays open").isEqualTo(1);
    b.withText(NOTIFICATIONS, "Phiếu chấm điểm chưa chọn mức điểm hợp lệ cho: tiêu chí " + last.code());

    CriteriaSet.Option best = last.options().get(last.options().size() - 1);
    b.pick(last.fieldKey(), last.options().size() - 1);
    expected += best.points();
    assertThat(b.driver.findElements(By.cssSelector(".ocop-missing-criterion"))).isEmpty();
    b.withText(By.cssSelector(".fjs-container"), "Tổng điểm của phiếu: " + expected + " / 100 — Còn chưa chọn mức: 0 tiêu chí");
    b.screenshot("27-score-sheet-complete");

    b.click(By.cssSelector(".notifications .alert [ng-transclude] > button.close"));
    b.click(text("button", "Hoàn thành"));
    String pi = registration().getId();
    b.wait.until(d -> taskService.createTaskQuery().processInstanceId(pi).taskAssignee("hoidong1").count() == 0);
    Integer stored = jdbc.queryForObject("SELECT total FROM ocop_score_sheet WHERE member_id = 'hoidong1'"
        + " AND submitted_at IS NOT NULL", Integer.class);
    assertThat(stored).isEqualTo(expected);
    b.withText(NOTIFICATIONS, "Tổng điểm phiếu chấm của bạn: " + expected + "/100.");
    b.screenshot("28-score-sheet-submitted");
  }

  /** The commune proposes, the province accepts and convenes the council (as the officers would). */
  void driveToTheCouncil() {
    taskService.complete(task("Task_CommuneReview").getId(), Variables.createVariables()
        .putValue("dossierComplete", "true")
        .putValue("localOriginAssessment", "Chè trồng tại xã, nguyên liệu 100% địa phương")
        .putValue("localLabourAssessment", "20 lao động địa phương")
        .putValue("ideaOriginAssessment", "Ý tưởng của HTX")
        .putValue("localIdentityAssessment", "Cách sao chè truyền thống"));
    taskService.complete(task("Task_ProvinceCheck").getId(), Variables.createVariables()
        .putValue("provinceDossierComplete", "true"));
    taskService.complete(task("Task_ConveneCouncil").getId(), Variables.createVariables()
        .putValueTyped("councilMembers", SpinValues.jsonValue("[\"hoidong1\",\"hoidong2\",\"hoidong3\",\"hoidong4\"]").create())
        .putValue("councilChair", "hoidong1"));
  }

  static LocalDate workingDaysAfter(LocalDate start, int days) {
    LocalDate day = start;
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        counted++;
      }
    }
    return day;
  }
}

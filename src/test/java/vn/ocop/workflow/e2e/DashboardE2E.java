package vn.ocop.workflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.ocop.workflow.testsupport.TasklistClient;

/**
 * The supervisors' dashboard in Cockpit, as the province supervisor (giamsat) uses it after three ideas
 * were registered at Xã Tam Tiến and one of them was screened, and one existing product was registered
 * there for evaluation directly: the numbers, a list, the way to the process instance, and the Excel
 * export. Screenshots under target/e2e/ (dashboard-*).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardE2E {

  static final String PASSWORD = "demo";
  static final List<String> PRODUCTS = List.of("Mật ong rừng Tam Tiến", "Chè xanh Tam Tiến", "Gà đồi Tam Tiến");
  static final String DIRECT_PRODUCT = "Chả gà Yên Thế";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  Browser browser;
  TasklistClient tasklist;
  final List<String> cycles = new ArrayList<>();

  @RegisterExtension
  final TestWatcher screenshotOnFailure = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.screenshot("dashboard-FAILED-" + context.getRequiredTestMethod().getName());
      }
    }
  };

  /** Three ideas registered by the commune officer; the first checked and accepted by the province. */
  @BeforeAll
  void dossiersMove() {
    tasklist = new TasklistClient(port);
    for (String product : PRODUCTS) {
      Map<String, Object> idea = new HashMap<>(Map.of("ideaFormType", "NEW", "producerName", "HTX " + product,
          "producerType", "HTX", "hasBusinessRegistration", true, "representativeName", "Trần Văn Hải",
          "producerAddress", "Thôn Đồng Vương, xã Tam Tiến", "producerPhone", "0988123456",
          "productName", product, "productSet", "8",
          "ideaDescription", "Sản phẩm của xã Tam Tiến, đóng gói hút chân không."));
      cycles.add(tasklist.start("ocopCycle", idea, "xatamtien"));
    }
    String first = cycles.get(0);
    tasklist.submit("xatamtien", tasklist.onlyTask("xatamtien", "Task_CheckForm", instances(first)),
        Map.of("formCorrect", "true"));
    tasklist.submit("tinhbacgiang", tasklist.onlyTask("tinhbacgiang", "Task_ProvinceCouncil", instances(first)),
        Map.of("sectorAssigned", "FOOD", "councilAccepted", "true",
            "councilReason", "Sản phẩm có tiềm năng, đề nghị chấp thuận."));
    tasklist.submit("xatamtien", tasklist.onlyTask("xatamtien", "Task_AnswerProducer", instances(first)),
        Map.of("answerNote", "Đã gửi văn bản trả lời cho chủ thể."));
    // an existing product registered for evaluation directly, without the cycle: no stage
    tasklist.start("productEvaluation", Map.ofEntries(Map.entry("dossierType", "FIRST"),
        Map.entry("producerName", "HTX " + DIRECT_PRODUCT), Map.entry("producerType", "HTX"),
        Map.entry("representativeName", "Nguyễn Văn Bình"), Map.entry("producerAddress", "Xã Tam Tiến, huyện Yên Thế"),
        Map.entry("producerPhone", "0912345678"), Map.entry("productName", DIRECT_PRODUCT),
        Map.entry("productSet", "8"), Map.entry("sampleCount", 5)), "xatamtien");
    browser = new Browser(port, "vi");
    browser.logIn("cockpit", "giamsat", PASSWORD);
  }

  /** A cycle's instance and the process it currently calls. */
  String[] instances(String cycleId) {
    List<String> ids = new ArrayList<>(List.of(cycleId));
    tasklist.get("/engine-rest/process-instance?superProcessInstance=" + cycleId, "admin")
        .forEach(sub -> ids.add(sub.path("id").asText()));
    return ids.toArray(String[]::new);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Order(1)
  void theStartPageShowsTheDashboardPanelAndTheNavigationEntry() {
    Browser b = browser;
    b.open("/camunda/app/cockpit/default/#/dashboard");
    b.withText(By.cssSelector(".ocop-panel"), "Chương trình OCOP");
    b.withText(By.cssSelector("[cam-widget-header]"), "Chương trình OCOP");
    b.screenshot("dashboard-01-cockpit-start-panel");
  }

  @Test
  @Order(2)
  void theStagesViewCountsTheIdeasOfTheCommuneAsTheyWereMoved() {
    Browser b = browser;
    b.click(By.xpath("//a[@href='#/ocop' and normalize-space()='Chương trình OCOP']"));
    b.withText(By.cssSelector(".ocop-dashboard h2"), "Theo dõi Chương trình OCOP");
    b.withText(By.cssSelector(".ocop-tables"), "Xã Tam Tiến");
    // the row of Xã Tam Tiến: 4 products, 2 still at the idea's screening (the third moved on), and the one
    // registered for evaluation directly in its own column
    String tamTien = b.visible(By.xpath("//table[contains(@class,'ocop-table')][1]//tr[td[2][normalize-space()='Xã Tam Tiến']]"))
        .getText();
    assertThat(tamTien).startsWith("Huyện Yên Thế Xã Tam Tiến").endsWith(" 4");
    int ideaColumn = columnOf("Xét chọn ý tưởng");
    String ideas = b.driver.findElement(By.xpath("//table[contains(@class,'ocop-table')][1]//tr[td[2][normalize-space()='Xã Tam Tiến']]/td["
        + ideaColumn + "]")).getText();
    assertThat(ideas).isEqualTo("2");
    int directColumn = columnOf("Đăng ký đánh giá trực tiếp (không qua chu trình)");
    String direct = b.driver.findElement(By.xpath("//table[contains(@class,'ocop-table')][1]//tr[td[2][normalize-space()='Xã Tam Tiến']]/td["
        + directColumn + "]")).getText();
    assertThat(direct).isEqualTo("1");
    b.visible(By.cssSelector(".ocop-chart canvas"));
    b.screenshot("dashboard-02-stages");
  }

  /** Cockpit's start page, then the navigation entry: the dashboard opens on the stages. */
  void openDashboard() {
    browser.open("/camunda/app/cockpit/default/#/dashboard");
    browser.click(By.xpath("//a[@href='#/ocop' and normalize-space()='Chương trình OCOP']"));
    browser.withText(By.cssSelector(".ocop-tables"), "Xã Tam Tiến");
  }

  int columnOf(String header) {
    List<String> headers = browser.texts(By.xpath("//table[contains(@class,'ocop-table')][1]//th"));
    assertThat(headers).contains(header);
    return headers.indexOf(header) + 1;
  }

  @Test
  @Order(3)
  void aNumberOpensTheListOfProductsAndAProductOpensItsInstanceInCockpit() {
    Browser b = browser;
    openDashboard();
    b.click(By.xpath("//table[contains(@class,'ocop-table')][1]//tr[td[2][normalize-space()='Xã Tam Tiến']]/td["
        + columnOf("Xét chọn ý tưởng") + "]/a"));
    b.withText(By.cssSelector(".ocop-view-title"), "Sản phẩm ở giai đoạn Xét chọn ý tưởng, Xã Tam Tiến");
    List<String> names = b.texts(By.xpath("//table[contains(@class,'ocop-table')]//tbody/tr/td[1]"));
    assertThat(names).containsExactlyInAnyOrder(PRODUCTS.get(1), PRODUCTS.get(2));
    assertThat(b.pageText()).contains("HTX " + PRODUCTS.get(1), "Số ngày ở giai đoạn", "Quy trình trong Cockpit");
    b.screenshot("dashboard-03-list-of-products");

    b.click(By.xpath("//tr[td[1][normalize-space()='" + PRODUCTS.get(1) + "']]//a[contains(@class,'ocop-instance')]"));
    b.wait.until(d -> d.getCurrentUrl().contains("#/process-instance/" + cycles.get(1)));
    b.visible(By.cssSelector("[cam-widget-bpmn-viewer], .process-instance, [process-diagram]"));
    b.screenshot("dashboard-04-instance-in-cockpit");
  }

  @Test
  @Order(4)
  void aProductRegisteredForEvaluationDirectlyIsListedUnderItsOwnLabel() {
    Browser b = browser;
    openDashboard();
    b.click(By.xpath("//table[contains(@class,'ocop-table')][1]//tr[td[2][normalize-space()='Xã Tam Tiến']]/td["
        + columnOf("Đăng ký đánh giá trực tiếp (không qua chu trình)") + "]/a"));
    b.withText(By.cssSelector(".ocop-view-title"),
        "Sản phẩm đăng ký đánh giá trực tiếp (không qua chu trình), Xã Tam Tiến");
    List<String> names = b.texts(By.xpath("//table[contains(@class,'ocop-table')]//tbody/tr/td[1]"));
    assertThat(names).containsExactly(DIRECT_PRODUCT);
    b.screenshot("dashboard-04b-list-registered-directly");
  }

  @Test
  @Order(5)
  void theOverdueViewMatchesTheEnginesOpenTasks() {
    Browser b = browser;
    openDashboard();
    b.click(By.xpath("//div[contains(@class,'ocop-tabs')]/button[normalize-space()='Quá hạn, sắp đến hạn']"));
    b.withText(By.cssSelector(".ocop-view-title"), "Việc quá hạn và sắp đến hạn");
    Date now = new Date();
    long overdue = taskService.createTaskQuery().dueBefore(now).count();
    long soon = taskService.createTaskQuery().dueAfter(now).dueBefore(new Date(now.getTime() + 3 * 86_400_000L)).count();
    String total = b.visible(By.xpath("//table[contains(@class,'ocop-table')][1]//tr[td[1][normalize-space()='Toàn tỉnh']]"))
        .getText();
    assertThat(total).isEqualTo("Toàn tỉnh " + overdue + " " + soon);
    b.screenshot("dashboard-05-overdue");
  }

  @Test
  @Order(6)
  void eachViewDownloadsAsAnExcelWorkbookWithTheSession() {
    Browser b = browser;
    openDashboard();
    String href = b.visible(By.cssSelector("a.ocop-export")).getAttribute("href");
    assertThat(href).endsWith("/api/dashboard/export/stages");
    Object result = b.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(buffer => {"
        + "  const bytes = new Uint8Array(buffer);"
        + "  done([r.status, r.headers.get('content-type'), r.headers.get('content-disposition'), bytes.length,"
        + "        String.fromCharCode(bytes[0], bytes[1])]);"
        + "})).catch(e => done(['error', String(e)]));", href);
    List<?> answer = (List<?>) result;
    assertThat(answer.get(0)).isEqualTo(200L);
    assertThat((String) answer.get(1)).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat((String) answer.get(2)).contains("attachment", "ocop-stages-", ".xlsx");
    assertThat(answer.get(4)).isEqualTo("PK");
    b.screenshot("dashboard-06-export-button");
  }
}

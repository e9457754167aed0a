package vn.ocop.workflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.e2e.Browser.text;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The officers' Tasklist and the supervisor's Cockpit in a real browser (headless Chromium), on the demo
 * profile and H2: one dossier from its registration by the commune officer of Xã Tam Tiến to the
 * supervisor's diagram, in the order it happens. Each step saves a screenshot under target/e2e/.
 * Profile e2e only ({@code ./mvnw verify -Pe2e}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistAndCockpitE2E {

  static final String PASSWORD = "demo";
  static final String PROCESS = "Đánh giá, phân hạng sản phẩm OCOP";
  static final String PRODUCT = "Chả gà Yên Thế";
  static final String PRODUCER = "HTX Gà đồi Tam Tiến";
  static final String REVIEW = "Kiểm tra hồ sơ, đánh giá 4 nội dung: Chả gà Yên Thế – xã Tam Tiến";
  static final List<String> OFFICERS_FILTERS = List.of("Việc của đơn vị tôi", "Việc tôi đang xử lý", "Sắp đến hạn", "Quá hạn");

  static final By FILTER_NAMES = By.cssSelector(".task-filter h4.name a");
  static final By TASK_NAMES = By.cssSelector("li.task h4.task a");
  static final By NOTIFICATIONS = By.cssSelector(".notifications .alert");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  Browser browser;

  @RegisterExtension
  final TestWatcher screenshotOnFailure = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
      }
    }
  };

  /** A new browser: one per user, so that nothing of the previous user's session is left. */
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

  /** Filter names without the counter Tasklist adds to the selected one. */
  List<String> filterNames() {
    browser.visible(FILTER_NAMES);
    return browser.texts(FILTER_NAMES).stream().map(name -> name.replaceAll("\\s*\\(?\\d+\\)?$", "")).toList();
  }

  void selectFilter(String name) {
    browser.click(By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[contains(normalize-space(),'"
        + name + "')]"));
    browser.visible(By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]//a[contains(normalize-space(),'"
        + name + "')]"));
  }

  static final String NO_TASKS = "Không tìm thấy công việc nào khớp với bộ lọc.";

  /** The names of the tasks the selected filter lists, once the list has loaded. */
  List<String> listedTasks() {
    browser.wait.until(d -> browser.pageText().contains(NO_TASKS) || !browser.texts(TASK_NAMES).isEmpty());
    return browser.texts(TASK_NAMES);
  }

  ProcessInstance registration() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("productEvaluation")
        .variableValueEquals("productName", PRODUCT).singleResult();
  }

  @Test
  @Order(1)
  void aCommuneOfficerSeesTasklistInVietnameseWithTheFiltersOfTheRoleAndNoMigrationBanner() {
    Browser b = browser("vi");
    b.open("/camunda/app/tasklist/default/");
    b.withText(By.cssSelector("form[name=signinForm] button[type=submit]"), "Đăng nhập");
    assertThat(b.visible(By.cssSelector("input[ng-model=username]")).getAttribute("placeholder")).isEqualTo("Tên đăng nhập");
    assertThat(b.driver.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
    assertThat(b.pageText()).doesNotContain("Camunda 8", "Log in");
    b.screenshot("01-tasklist-login");

    b.logIn("tasklist", "xatamtien", PASSWORD);
    assertThat(filterNames()).containsExactlyElementsOf(OFFICERS_FILTERS);
    b.withText(By.cssSelector("li.start-process-action"), "Bắt đầu quy trình");
    b.withText(By.cssSelector("[cam-widget-header] .account"), "Nguyễn Thị Hoa");
    // sorted by due date, most urgent first, from the first visit on
    b.withText(By.cssSelector("li.sorting-choice .sort-by"), "Hạn xử lý");
    assertThat(b.driver.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
    assertThat(b.texts(By.cssSelector("[cam-widget-header] .sections-menu li"))).doesNotContain("Tạo công việc");
    assertThat(b.pageText()).contains("Ngày và giờ được hiển thị theo múi giờ địa phương")
        .doesNotContain("Start process", "Camunda 8", "Filters", "Sort by", "Created", "Add a simple filter");
    b.screenshot("02-tasklist-commune-officer-filters");
  }

  @Test
  @Order(2)
  void theOfficerRegistersAProductThroughTheStartFormListedByItsVietnameseName() {
    Browser b = browser;
    b.click(By.cssSelector("li.start-process-action a"));
    b.visible(By.cssSelector("ul.processes a"));
    assertThat(b.texts(By.cssSelector("ul.processes a")))
        .containsExactlyInAnyOrder("Chu trình OCOP của sản phẩm", PROCESS);
    b.screenshot("03-start-process-list");

    b.click(text("a", PROCESS));
    b.withText(By.cssSelector(".modal-content"), "Phiếu đăng ký đánh giá, phân hạng sản phẩm OCOP (Mẫu 01)");
    assertThat(b.texts(By.cssSelector(".fjs-select-display"))).containsOnly("Chọn…");
    b.choose("dossierType", "Đánh giá, phân hạng lần đầu");
    b.fill("producerName", PRODUCER);
    b.choose("producerType", "Hợp tác xã (HTX)");
    b.fill("representativeName", "Nguyễn Văn Bình");
    b.fill("producerAddress", "Thôn Đồng Vương, xã Tam Tiến, huyện Yên Thế");
    b.fill("producerPhone", "sai số");
    b.withText(By.cssSelector(".fjs-form-field-error"), "Số điện thoại gồm 8 đến 30 ký tự: chữ số, dấu cách và + . ( ) -");
    b.fill("producerPhone", "0912345678");
    b.fill("productName", PRODUCT);
    b.choose("productSet", "8. Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác");
    b.fill("sampleCount", "5");
    assertThat(b.visible(By.cssSelector("input[id$='-Field_receivedOn-date']")).getAttribute("placeholder"))
        .isEqualTo("ngày/tháng/năm");
    b.screenshot("04-registration-form");

    b.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Bắt đầu']"));
    b.withText(NOTIFICATIONS, "Quy trình đã được bắt đầu.");
    assertThat(registration()).isNotNull();
  }

  @Test
  @Order(3)
  void theNewTaskIsInTheUnitsFilterNamedForItsProductAndCommuneWithProductAndProducer() {
    Browser b = browser;
    selectFilter("Việc của đơn vị tôi");
    b.withText(By.cssSelector("li.task"), REVIEW);
    WebElement task = b.driver.findElement(By.xpath("//li[contains(@class,'task')][.//h4/a[normalize-space()='" + REVIEW + "']]"));
    assertThat(task.getText()).contains(PROCESS, "Hạn xử lý", "Sản phẩm:", PRODUCT, "Chủ thể:", PRODUCER);
    b.screenshot("05-unit-filter-lists-the-review");

    selectFilter("Việc tôi đang xử lý");
    assertThat(listedTasks()).doesNotContain(REVIEW);
  }

  @Test
  @Order(4)
  void anOfficerOfAnotherCommuneDoesNotSeeIt() {
    Browser b = browser("vi");
    b.logIn("tasklist", "xadongtam", PASSWORD);
    assertThat(filterNames()).containsExactlyElementsOf(OFFICERS_FILTERS);
    for (String filter : OFFICERS_FILTERS) {
      selectFilter(filter);
      assertThat(listedTasks()).as(filter).isEmpty();
      assertThat(b.pageText()).as(filter).contains(NO_TASKS).doesNotContain(PRODUCT);
    }
    selectFilter("Việc của đơn vị tôi");
    b.withText(By.cssSelector("[cam-widget-header] .account"), "Trần Văn Minh");
    b.screenshot("06-other-commune-sees-nothing");
  }

  @Test
  @Order(5)
  void aWrongSubmissionIsRefusedWithTheServersVietnameseReasonAndTheCompletedFormMovesTheDossierOn() {
    Browser b = browser("vi");
    b.logIn("tasklist", "xatamtien", PASSWORD);
    selectFilter("Việc của đơn vị tôi");
    b.click(text("a", REVIEW));
    b.withText(By.cssSelector(".task-details, [cam-tasklist-task]"), "Kiểm tra hồ sơ và đánh giá 4 nội dung (Mẫu 03)");
    b.click(By.xpath("//*[self::a or self::button][normalize-space()='Nhận việc']"));

    // Returned to the producer without saying why: the form lets it through, the server does not.
    b.pick("dossierComplete", 1);
    b.click(text("button", "Hoàn thành"));
    WebElement refusal = b.withText(NOTIFICATIONS,
        "Dữ liệu chưa hợp lệ, chưa lưu được: Khi trả hồ sơ phải ghi «Lý do trả hồ sơ và nội dung cần bổ sung».");
    assertThat(refusal.getText()).doesNotContain("ENGINE-", "Cannot submit", "Exception");
    b.screenshot("07-refused-with-vietnamese-reason");
    String pi = registration().getId();
    assertThat(taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_CommuneReview").count()).isEqualTo(1);

    b.click(By.cssSelector(".notifications .alert [ng-transclude] > button.close"));
    b.pick("dossierComplete", 0);
    b.fill("localOriginAssessment", "Gà đồi nuôi thả tại xã, nguyên liệu 100% địa phương");
    b.fill("localLabourAssessment", "12 lao động địa phương");
    b.fill("ideaOriginAssessment", "Ý tưởng của HTX");
    b.fill("localIdentityAssessment", "Công thức chả gà truyền thống Yên Thế");
    b.screenshot("08-review-form-filled");
    b.click(text("button", "Hoàn thành"));
    b.wait.until(d -> taskService.createTaskQuery().processInstanceId(pi).taskDefinitionKey("Task_ProvinceCheck").count() == 1);
    b.wait.until(d -> !b.texts(TASK_NAMES).contains(REVIEW));
    b.screenshot("09-review-completed");
  }

  @Test
  @Order(6)
  void theSupervisorSeesTheDossierOnTheProcessDiagramInCockpit() {
    Browser b = browser("vi");
    b.logIn("cockpit", "giamsat", PASSWORD);
    b.withText(By.cssSelector("[cam-widget-header]"), "Quy trình");
    assertThat(b.driver.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
    b.open("/camunda/app/cockpit/default/#/processes");
    b.click(text("a", PROCESS));
    WebElement count = b.withText(By.cssSelector(".djs-overlays[data-container-id='Task_ProvinceCheck'] .instance-count"), "1");
    assertThat(count.isDisplayed()).isTrue();
    assertThat(b.pageText()).contains("Phiên quy trình", "Số phiên đang chạy").doesNotContain("Process Instances", "Camunda 8");
    zoomDiagramAt("Task_ProvinceCheck");
    b.screenshot("10-cockpit-process-diagram");

    String pi = registration().getId();
    b.click(text("a", pi));
    b.withText(By.cssSelector(".djs-overlays[data-container-id='Task_ProvinceCheck']"), "1");
    b.withText(By.cssSelector(".ctn-main"), PROCESS);
    zoomDiagramAt("Task_ProvinceCheck");
    b.withText(By.cssSelector(".ctn-main"), "productName");
    assertThat(b.driver.findElements(By.cssSelector("button[ng-click^='enableEditMode'], button[ng-click^='deleteVariable']")))
        .as("variable edit and delete, which a supervisor may not use").isNotEmpty().noneMatch(WebElement::isDisplayed);
    b.screenshot("11-cockpit-process-instance");
  }

  /**
   * Zooms the diagram in around one element, as Ctrl + mouse wheel does, until the element is drawn at
   * about its natural size, and waits until Cockpit has moved its badges along, so that the screenshot
   * can be read.
   */
  void zoomDiagramAt(String elementId) {
    By element = By.cssSelector("g.djs-element[data-element-id='" + elementId + "']");
    for (int step = 0; step < 15 && browser.visible(element).getRect().getWidth() < 100; step++) {
      browser.driver.executeScript("const box = arguments[0].getBoundingClientRect();"
          + "arguments[0].closest('.djs-container').dispatchEvent(new WheelEvent('wheel', {deltaY: -120, ctrlKey: true,"
          + "  bubbles: true, cancelable: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2}));",
          browser.visible(element));
      sleep(200);
    }
    browser.wait.until(d -> {
      Rectangle task = browser.visible(element).getRect();
      Rectangle badge = browser.visible(
          By.cssSelector(".djs-overlays[data-container-id='" + elementId + "'] .badge")).getRect();
      return badge.getWidth() > 0 && Math.abs(badge.getY() - (task.getY() + task.getHeight())) < task.getHeight()
          && Math.abs(badge.getX() - task.getX()) < task.getWidth();
    });
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  @Order(7)
  void aBrowserInEnglishGetsTheEnglishTexts() {
    Browser b = browser("en-US");
    b.open("/camunda/app/tasklist/default/");
    b.withText(By.cssSelector("form[name=signinForm] button[type=submit]"), "Log in");
    b.screenshot("12-tasklist-login-in-english");
  }
}

package vn.ocop.workflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.e2e.Browser.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
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
import vn.ocop.workflow.document.Documents;
import vn.ocop.workflow.document.TestFiles;
import vn.ocop.workflow.evaluation.DossierRegistrationBuilder;

/**
 * The dossier's documents in a real browser (issue 16): the commune officer attaches the registration form
 * (Mẫu 01) to the dossier just registered, in the task's «Hồ sơ» tab; a council member sees it in the score
 * sheet's «Hồ sơ» tab and opens it inline; another commune gets nothing. Screenshots under target/e2e/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "ocop.documents.required-at-steps=true")
@ActiveProfiles("demo")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DossierDocumentsE2E {

  static final String PASSWORD = "demo";
  static final By DOSSIER_TAB = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='Hồ sơ']");

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired Documents documents;

  Browser browser;
  ProcessInstance dossier;
  long productId;
  Path pdf;

  @RegisterExtension
  final TestWatcher screenshotOnFailure = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
      }
    }
  };

  @BeforeAll
  void aDossierJustRegisteredInXaTamTien() throws IOException {
    dossier = runtimeService.startProcessInstanceByKey("productEvaluation",
        DossierRegistrationBuilder.aDossier().inCommune("07201").build());
    productId = ((Number) runtimeService.getVariable(dossier.getId(), "productId")).longValue();
    pdf = Files.createTempFile("Mau-01-", ".pdf");
    Files.write(pdf, TestFiles.pdf("Phieu dang ky Mau 01 - Cha ga Yen The"));
  }

  Browser browser() {
    closeBrowser();
    browser = new Browser(port, "vi");
    return browser;
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  Task task(String key) {
    return taskService.createTaskQuery().processInstanceId(dossier.getId()).taskDefinitionKey(key).list().get(0);
  }

  void openDossierTab(Browser b, String taskId) {
    b.open("/camunda/app/tasklist/default/#/?task=" + taskId);
    b.click(DOSSIER_TAB);
    b.visible(By.cssSelector(".ocop-dossier"));
  }

  @Test
  @Order(1)
  void theCommuneOfficerAttachesTheRegistrationFormInTheTasksDossierTab() {
    Browser b = browser();
    b.logIn("tasklist", "xatamtien", PASSWORD);
    openDossierTab(b, task("Task_CommuneReview").getId());
    b.withText(By.cssSelector(".ocop-dossier"), "Hồ sơ đánh giá, phân hạng lần đầu");
    assertThat(b.pageText()).contains("Phiếu đăng ký đánh giá, phân hạng (Mẫu số 01) ✗ bắt buộc, còn thiếu");
    b.screenshot("dossier-01-commune-empty-checklist");

    b.driver.findElement(By.cssSelector("input.ocop-upload[data-kind='REGISTRATION_FORM']"))
        .sendKeys(pdf.toAbsolutePath().toString());
    b.withText(By.cssSelector(".ocop-dossier-message"), "Đã tải lên " + pdf.getFileName());
    assertThat(b.pageText()).contains("Phiếu đăng ký đánh giá, phân hạng (Mẫu số 01) ✓ đã có", pdf.getFileName().toString());
    b.screenshot("dossier-02-commune-uploaded-mau-01");
  }

  @Test
  @Order(2)
  void aProgramDressedAsAPdfIsRefusedInVietnamese() throws IOException {
    Path exe = Files.createTempFile("Mau-02-", ".pdf");
    Files.write(exe, TestFiles.exe());
    Browser b = browser;
    b.driver.findElement(By.cssSelector("input.ocop-upload[data-kind='SELF_ASSESSMENT']"))
        .sendKeys(exe.toAbsolutePath().toString());
    b.withText(By.cssSelector(".ocop-dossier-message"), "Chỉ nhận tệp PDF, ảnh");
    assertThat(b.pageText()).contains("Báo cáo tự đánh giá về sản phẩm (Mẫu số 02) ✗ bắt buộc, còn thiếu");
    b.screenshot("dossier-03-wrong-type-refused");
  }

  @Test
  @Order(3)
  void theCouncilMemberSeesTheRegistrationFormInTheScoreSheetsDossierTab() {
    for (String kind : List.of("SELF_ASSESSMENT", "COMMUNE_PROPOSAL", "COMMUNE_REPORT")) {
      documents.upload(productId, kind, kind + ".pdf", TestFiles.pdf(kind), "xatamtien");
    }
    taskService.complete(task("Task_CommuneReview").getId(), Map.of("dossierComplete", "true",
        "localOriginAssessment", "Nguyên liệu tại xã", "localLabourAssessment", "Lao động tại xã",
        "ideaOriginAssessment", "Ý tưởng của HTX", "localIdentityAssessment", "Công thức truyền thống"));
    taskService.complete(task("Task_ProvinceCheck").getId(), Map.of("provinceDossierComplete", "true"));
    taskService.complete(task("Task_ConveneCouncil").getId(), Variables.createVariables()
        .putValueTyped("councilMembers", SpinValues.jsonValue("[\"hoidong1\",\"hoidong2\",\"hoidong3\"]").create())
        .putValue("councilChair", "hoidong1"));
    String sheet = taskService.createTaskQuery().processInstanceId(dossier.getId()).taskAssignee("hoidong1")
        .singleResult().getId();

    Browser b = browser();
    b.logIn("tasklist", "hoidong1", PASSWORD);
    openDossierTab(b, sheet);
    b.withText(By.cssSelector(".ocop-dossier"), pdf.getFileName().toString());
    assertThat(b.driver.findElements(By.cssSelector("input.ocop-upload"))).as("the council reads only").isEmpty();
    assertThat(b.pageText()).contains("đủ thành phần bắt buộc", "Chả gà Yên Thế");
    b.click(By.xpath("//tr[@data-kind='REGISTRATION_FORM']//button[normalize-space()='Xem']"));
    b.visible(By.cssSelector("iframe.ocop-pdf"));
    b.screenshot("dossier-04-council-member-score-sheet-dossier-tab");
  }

  @Test
  @Order(4)
  void anotherCommuneGetsNeitherTheDossierNorItsDocumentById() {
    long documentId = documents.upload(productId, "LABEL_PHOTO", "nhan.png", TestFiles.png(), "xatamtien").id;
    Browser b = browser();
    b.logIn("tasklist", "xadongtam", PASSWORD);
    Object status = b.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('/api/products/" + productId + "/documents/" + documentId + "/content', {credentials: 'same-origin'})"
        + ".then(r => done(r.status))");
    assertThat(((Number) status).intValue()).isEqualTo(404);
    b.open("/ho-so/san-pham.html#" + productId);
    b.withText(By.cssSelector("#ocop-main"), "Không tìm thấy hồ sơ sản phẩm hoặc tài liệu này.");
    b.screenshot("dossier-05-other-commune-refused");
    b.open("/ho-so/san-pham.html");
    b.visible(By.cssSelector("#ocop-main"));
    b.wait.until(d -> !b.driver.findElement(By.cssSelector("#ocop-main")).getText().startsWith("Đang tải"));
    assertThat(b.driver.findElement(By.cssSelector("#ocop-main")).getText()).doesNotContain("Chả gà Yên Thế");
  }

  @Test
  @Order(5)
  void theCommuneFindsItsProductOnItsOwnPage() {
    Browser b = browser();
    b.logIn("tasklist", "xatamtien", PASSWORD);
    b.open("/ho-so/san-pham.html");
    b.click(By.cssSelector("tr[data-product-id='" + productId + "']"));
    b.withText(By.cssSelector(".ocop-dossier"), "Giai đoạn:");
    assertThat(b.pageText()).contains("Chả gà Yên Thế", "Diễn biến, quyết định", pdf.getFileName().toString());
    b.screenshot("dossier-06-commune-product-page");
  }
}

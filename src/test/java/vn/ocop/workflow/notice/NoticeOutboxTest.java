package vn.ocop.workflow.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.cycle.IdeaFormBuilder.anIdea;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ocop.workflow.certificate.CertificateMapper;
import vn.ocop.workflow.certificate.CertificateRow;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.product.ProductMapper;
import vn.ocop.workflow.testsupport.StoredProduct;

/**
 * E-mails through the outbox to an SMTP server inside the test (GreenMail): a producer's rejected idea is
 * told once, in Vietnamese, with its reason and two-week deadline (seeds: "có thể hoàn thiện và gửi lại
 * trong vòng 2 tuần"); a rolled-back decision sends nothing; a failed send is tried again after its
 * back-off and then sent once; two nodes working off the same outbox send each e-mail once; a send cut
 * off by a stopped node is not repeated; an officer's digest goes out once a day, not to one who switched
 * it off; a council member hears of the score sheet assigned to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"ocop.notices.send-after-commit=false", "ocop.notices.poll-initial-delay=PT24H",
    "ocop.notices.digest-cron=-", "ocop.notices.from=ocop@bacgiang.gov.vn"})
class NoticeOutboxTest {

  /** A province's SMS gateway, as the test sees it: every short message it accepted. */
  static final List<String> SHORT_MESSAGES = new CopyOnWriteArrayList<>();

  @TestConfiguration
  static class RecordingGateway {
    @Bean
    @Primary
    ShortMessageGateway recordingShortMessageGateway() {
      return (phone, text) -> SHORT_MESSAGES.add(phone + ": " + text);
    }
  }

  static final int SMTP_PORT = freePort();
  static final String PRODUCER_EMAIL = "htx.tamtien@example.vn";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
      .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @org.springframework.boot.test.web.server.LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired OutboxSender sender;
  @Autowired NoticeMapper mapper;
  @Autowired OfficerNotices officers;
  @Autowired MailDelivery mail;
  @Autowired ShortMessageGateway shortMessages;
  @Autowired NoticeSettings settings;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Notices notices;
  @Autowired DossierMapper dossiers;
  @Autowired ProductMapper products;
  @Autowired CertificateMapper certificates;

  @BeforeEach
  void emptyOutbox() throws Exception {
    sender.sendDue();
    smtp.purgeEmailFromAllMailboxes();
    SHORT_MESSAGES.clear();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // ---- the cycle, as officers work it in Tasklist ----

  ProcessInstance anIdeaOfAProducerWithEmail() {
    return engine.getRuntimeService().startProcessInstanceByKey("ocopCycle",
        anIdea().with("producerEmail", PRODUCER_EMAIL).build());
  }

  Task task(ProcessInstance cycle, String key) {
    List<String> ids = new ArrayList<>(List.of(cycle.getId()));
    engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(cycle.getId()).list()
        .forEach(sub -> ids.add(sub.getId()));
    return engine.getTaskService().createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new))
        .taskDefinitionKey(key).singleResult();
  }

  void complete(ProcessInstance cycle, String key, Object... values) {
    VariableMap variables = Variables.createVariables();
    for (int i = 0; i < values.length; i += 2) {
      variables.putValue((String) values[i], values[i + 1]);
    }
    engine.getTaskService().complete(task(cycle, key).getId(), variables);
  }

  void theCouncilRejects(ProcessInstance cycle) {
    complete(cycle, "Task_CheckForm", "formCorrect", "true");
    complete(cycle, "Task_ProvinceCouncil", "sectorAssigned", "FOOD", "councilAccepted", "false",
        "councilReason", "Sản phẩm phổ biến, chưa có điểm khác biệt; đề nghị làm rõ công thức riêng.");
    complete(cycle, "Task_AnswerProducer", "answerNote", "Đã gửi văn bản cho chủ thể.");
  }

  List<MimeMessage> mailsTo(String address) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (((InternetAddress) message.getAllRecipients()[0]).getAddress().equals(address)) {
        found.add(message);
      }
    }
    return found;
  }

  // ---- scenarios ----

  @Test
  void aRejectedIdeaSendsTheProducerOneVietnameseEmailWithTheReasonAndTheTwoWeekDeadline() throws Exception {
    ProcessInstance cycle = anIdeaOfAProducerWithEmail();
    theCouncilRejects(cycle);

    assertThat(sender.sendDue()).as("an e-mail and a short message").isEqualTo(2);
    assertThat(sender.sendDue()).as("nothing is sent twice").isZero();
    List<MimeMessage> mails = mailsTo(PRODUCER_EMAIL);
    assertThat(mails).hasSize(1);
    String deadline = LocalDate.now().plusDays(14).format(DATE);
    assertThat(mails.get(0).getSubject())
        .isEqualTo("OCOP – Ý tưởng sản phẩm «Giò gà Yên Thế» chưa được chọn; có thể nộp lại trước ngày " + deadline);
    assertThat(((InternetAddress) mails.get(0).getFrom()[0]).getAddress()).isEqualTo("ocop@bacgiang.gov.vn");
    assertThat(mails.get(0).getContent().toString())
        .contains("Kính gửi HTX Nông nghiệp Tam Tiến (ông/bà Trần Văn Hải)")
        .contains("Sản phẩm phổ biến, chưa có điểm khác biệt; đề nghị làm rõ công thức riêng.")
        .contains("nộp lại tại UBND xã Tam Tiến trước hết ngày " + deadline + " (trong vòng 2 tuần)")
        .contains("cùng thời điểm năm sau");
    assertThat(SHORT_MESSAGES).containsExactly("0988 123 456: " + mails.get(0).getSubject());
  }

  @Test
  void aRolledBackDecisionSendsNothing() {
    ProcessInstance cycle = anIdeaOfAProducerWithEmail();
    complete(cycle, "Task_CheckForm", "formCorrect", "true");
    complete(cycle, "Task_ProvinceCouncil", "sectorAssigned", "FOOD", "councilAccepted", "false",
        "councilReason", "Chưa có điểm khác biệt.");
    long before = mapper.count(null, null);
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      complete(cycle, "Task_AnswerProducer", "answerNote", "Đã gửi văn bản cho chủ thể.");
      assertThat(mapper.count(null, null)).as("an e-mail and a short message queued inside the decision's transaction")
          .isEqualTo(before + 2);
      status.setRollbackOnly();
    });

    assertThat(mapper.count(null, null)).isEqualTo(before);
    assertThat(sender.sendDue()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(task(cycle, "Task_AnswerProducer")).as("the decision itself was undone").isNotNull();
  }

  @Test
  void aFailedSendIsTriedAgainAfterItsBackOffAndThenSentOnce() throws Exception {
    smtp.stop();
    ProcessInstance cycle = anIdeaOfAProducerWithEmail();
    theCouncilRejects(cycle);
    assertThat(sender.sendDue()).as("the short message only").isEqualTo(1);
    NoticeRow failed = mapper.selectPage("PENDING", null, 0, 1).get(0);
    assertThat(failed.channel).isEqualTo("EMAIL");
    assertThat(failed.attempts).isEqualTo(1);
    assertThat(failed.lastError).isNotBlank();
    assertThat(failed.nextAttemptAt).isAfterOrEqualTo(EngineClock.dateTime().plus(settings.firstRetryDelay()).minusSeconds(5));

    smtp.start();
    assertThat(sender.sendDue()).as("not before its back-off").isZero();
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(settings.firstRetryDelay()).plusSeconds(5)));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();
    assertThat(mailsTo(PRODUCER_EMAIL)).hasSize(1);
    NoticeRow sent = mapper.selectById(failed.id);
    assertThat(sent.status).isEqualTo("SENT");
    assertThat(sent.attempts).isEqualTo(2);
  }

  @Test
  void theBackOffDoublesUpToItsLimit() {
    assertThat(settings.retryDelay(1)).isEqualTo(settings.firstRetryDelay());
    assertThat(settings.retryDelay(2)).isEqualTo(settings.firstRetryDelay().multipliedBy(2));
    assertThat(settings.retryDelay(3)).isEqualTo(settings.firstRetryDelay().multipliedBy(4));
    assertThat(settings.retryDelay(30)).isEqualTo(settings.maxRetryDelay());
  }

  @Test
  void twoNodesWorkingOffTheSameOutboxSendEachEmailOnce() throws Exception {
    for (int i = 0; i < 12; i++) {
      theCouncilRejects(anIdeaOfAProducerWithEmail());
    }
    OutboxSender otherNode = new OutboxSender(mapper, mail, shortMessages, settings);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> first = nodes.submit(sender::sendDue);
      Future<Integer> second = nodes.submit(otherNode::sendDue);
      assertThat(first.get() + second.get()).as("12 e-mails, 12 short messages").isEqualTo(24);
    } finally {
      nodes.shutdown();
      otherNode.destroy();
    }
    assertThat(mailsTo(PRODUCER_EMAIL)).hasSize(12);
    assertThat(SHORT_MESSAGES).hasSize(12);
  }

  @Test
  void aSendCutOffByAStoppedNodeIsNotRepeatedAfterARestart() throws Exception {
    ProcessInstance cycle = anIdeaOfAProducerWithEmail();
    theCouncilRejects(cycle);
    long id = mapper.selectPage("PENDING", null, 0, 2).stream().filter(row -> row.channel.equals("EMAIL")).findFirst()
        .orElseThrow().id;
    // a node claimed it and stopped before it reported the result
    assertThat(mapper.claim(id, "stopped-node", EngineClock.dateTime(), EngineClock.dateTime().plusMinutes(5))).isEqualTo(1);

    OutboxSender afterRestart = new OutboxSender(mapper, mail, shortMessages, settings);
    try {
      assertThat(afterRestart.sendDue()).as("its claim still runs; the short message goes").isEqualTo(1);
      ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(settings.claimTimeout()).plusSeconds(60)));
      assertThat(afterRestart.sendDue()).isZero();
    } finally {
      afterRestart.destroy();
    }
    assertThat(mapper.selectById(id).status).isEqualTo("UNCONFIRMED");
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(mapper.requeue(id, EngineClock.dateTime())).as("the administrator may send it again").isEqualTo(1);
    assertThat(sender.sendDue()).isEqualTo(1);
  }

  @Test
  void anOfficerGetsOneDigestADayOfTheUnitsTasksDueSoonAndOverdueUnlessSwitchedOff() throws Exception {
    IdentityService identity = engine.getIdentityService();
    User officer = identity.newUser("digestofficer");
    officer.setFirstName("Nguyễn Thị");
    officer.setLastName("Hoa");
    officer.setEmail("hoa.tamtien@example.vn");
    identity.saveUser(officer);
    identity.createMembership("digestofficer", "communeOfficers");
    identity.createMembership("digestofficer", "commune07201");
    User quiet = identity.newUser("quietofficer");
    quiet.setEmail("quiet@example.vn");
    identity.saveUser(quiet);
    identity.createMembership("quietofficer", "communeOfficers");
    identity.createMembership("quietofficer", "commune07201");
    mapper.insertDigestEnabled("quietofficer", false, EngineClock.dateTime());
    try {
      ProcessInstance cycle = anIdeaOfAProducerWithEmail();
      Task check = task(cycle, "Task_CheckForm");
      check.setDueDate(java.sql.Timestamp.valueOf(LocalDate.now().minusDays(2).atStartOfDay()));
      engine.getTaskService().saveTask(check);

      LocalDate today = EngineClock.today();
      assertThat(officers.queueDigests(today)).isGreaterThanOrEqualTo(1);
      assertThat(officers.queueDigests(today)).as("one digest a day").isZero();
      sender.sendDue();

      List<MimeMessage> digests = mailsTo("hoa.tamtien@example.vn");
      assertThat(digests).hasSize(1);
      assertThat(digests.get(0).getSubject()).startsWith("OCOP – Việc sắp đến hạn và quá hạn ngày " + today.format(DATE));
      assertThat(digests.get(0).getContent().toString()).contains("Kính gửi Nguyễn Thị Hoa")
          .contains("QUÁ HẠN").contains("Giò gà Yên Thế")
          .contains("hạn " + LocalDate.now().minusDays(2).format(DATE));
      assertThat(mailsTo("quiet@example.vn")).as("switched off").isEmpty();
    } finally {
      identity.deleteUser("digestofficer");
      identity.deleteUser("quietofficer");
    }
  }

  @Test
  void aCouncilMemberIsToldOnceOfTheScoreSheetAssignedToThem() throws Exception {
    IdentityService identity = engine.getIdentityService();
    User member = identity.createUserQuery().userId("hoidong2").singleResult();
    String before = member.getEmail();
    member.setEmail("mai.hoidong@example.vn");
    identity.saveUser(member);
    try {
      ProcessInstance evaluation = engine.getRuntimeService().startProcessInstanceByKey("productEvaluation",
          vn.ocop.workflow.evaluation.DossierRegistrationBuilder.aDossier().build());
      Task review = engine.getTaskService().createTaskQuery().processInstanceId(evaluation.getId()).singleResult();
      engine.getTaskService().complete(review.getId(), Variables.createVariables().putValue("dossierComplete", "true")
          .putValue("localOriginAssessment", "Nguyên liệu địa phương").putValue("localLabourAssessment", "12 lao động")
          .putValue("ideaOriginAssessment", "Ý tưởng của HTX").putValue("localIdentityAssessment", "Công thức truyền thống"));
      Task check = engine.getTaskService().createTaskQuery().processInstanceId(evaluation.getId()).singleResult();
      engine.getTaskService().complete(check.getId(), Variables.createVariables().putValue("provinceDossierComplete", "true"));
      Task convene = engine.getTaskService().createTaskQuery().processInstanceId(evaluation.getId()).singleResult();
      engine.getTaskService().complete(convene.getId(), Variables.createVariables()
          .putValueTyped("councilMembers", org.camunda.spin.plugin.variable.SpinValues
              .jsonValue("[\"hoidong1\",\"hoidong2\",\"hoidong3\"]").create())
          .putValue("councilChair", "hoidong1"));
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(evaluation.getId()).taskAssignee("hoidong2")
          .count()).isEqualTo(1);

      sender.sendDue();
      sender.sendDue();
      List<MimeMessage> told = mailsTo("mai.hoidong@example.vn");
      assertThat(told).hasSize(1);
      assertThat(told.get(0).getSubject()).isEqualTo("OCOP – Ông/bà được giao phiếu chấm điểm: «"
          + engine.getRuntimeService().getVariable(evaluation.getId(), "productName") + "»");
      assertThat(told.get(0).getContent().toString()).contains("Kính gửi Trần Thị Mai").contains("/camunda/app/tasklist/");
    } finally {
      member.setEmail(before);
      identity.saveUser(member);
    }
  }

  @Test
  void theProducerIsToldOfTheRecognitionAndTheRevocationNotOfAnInspectionOrALifecycleRestarted() throws Exception {
    CertificateRow certificate = new TransactionTemplate(transactions).execute(status -> {
      StoredProduct product = StoredProduct.store(products, dossiers, "Miến dong Tam Tiến", "24-07201-901-2026", "07201", 1,
          LocalDate.of(2026, 2, 2));
      CertificateRow issued = product.certificate(certificates, "OCOP-24-2026-0901", 3, LocalDate.of(2026, 4, 10), "VALID");
      notices.recognition(issued.id);
      notices.certificateEvent(issued.id, "ISSUED", "Cấp giấy chứng nhận 3 sao.");
      notices.certificateEvent(issued.id, "INSPECTION", "Kiểm tra định kỳ: đạt.");
      notices.certificateEvent(issued.id, "REVOKED", "Thu hồi theo quyết định số 77/QĐ-UBND ngày 01/12/2026: "
          + "sử dụng nhãn OCOP cho sản phẩm khác.");
      return issued;
    });
    assertThat(sender.sendDue()).as("two e-mails, two short messages").isEqualTo(4);

    List<MimeMessage> mails = mailsTo(StoredProduct.PRIVATE_EMAIL);
    assertThat(mails).extracting(MimeMessage::getSubject).containsExactly(
        "OCOP – Sản phẩm «Miến dong Tam Tiến» được công nhận sản phẩm OCOP 3 sao",
        "OCOP – Thu hồi giấy chứng nhận sản phẩm «Miến dong Tam Tiến»");
    assertThat(mails.get(0).getContent().toString()).contains("Mã sản phẩm: 24-07201-901-2026")
        .contains("Số giấy chứng nhận: " + certificate.certificateNumber)
        .contains("Quyết định công nhận: 1/QĐ-UBND, ngày 10/04/2026")
        .contains("Hiệu lực đến hết ngày: 10/04/2029").contains("/ocop/24-07201-901-2026");
    assertThat(mails.get(1).getContent().toString())
        .contains("Thu hồi theo quyết định số 77/QĐ-UBND ngày 01/12/2026: sử dụng nhãn OCOP cho sản phẩm khác.")
        .contains("không được sử dụng nhãn, biểu trưng OCOP");
  }

  @Test
  void theAdministratorSeesTheOutboxAndEachPersonSwitchesTheirOwnDigest() {
    theCouncilRejects(anIdeaOfAProducerWithEmail());
    sender.sendDue();
    vn.ocop.workflow.testsupport.TestHttp http = new vn.ocop.workflow.testsupport.TestHttp(port);

    var outbox = http.get("/api/admin/notices?status=SENT&size=5", "admin", "demo");
    assertThat(outbox.statusCode()).isEqualTo(200);
    assertThat(outbox.body()).contains("\"status\":\"SENT\"").contains(PRODUCER_EMAIL).contains("\"total\":");
    assertThat(http.get("/api/admin/notices", "xatamtien", "demo").statusCode()).as("officers do not").isEqualTo(403);
    assertThat(http.get("/api/admin/notices").statusCode()).isEqualTo(401);
    var badStatus = http.get("/api/admin/notices?status=LOST", "admin", "demo");
    assertThat(badStatus.statusCode()).isEqualTo(400);
    assertThat(badStatus.body()).contains("Trạng thái phải là một trong");
    long sent = mapper.selectPage("SENT", null, 0, 1).get(0).id;
    assertThat(http.post("/api/admin/notices/" + sent + "/requeue", "", "admin", "demo").statusCode())
        .as("a sent notice is never queued again").isEqualTo(409);

    assertThat(http.get("/api/notices/digest", "xatamtien", "demo").body()).isEqualTo("{\"enabled\":true}");
    assertThat(http.request("PUT", "/api/notices/digest", "{\"enabled\":false}", "xatamtien", "demo").statusCode())
        .isEqualTo(200);
    assertThat(http.get("/api/notices/digest", "xatamtien", "demo").body()).isEqualTo("{\"enabled\":false}");
    assertThat(officers.digestEnabled("xatamtien")).isFalse();
    assertThat(http.get("/api/notices/digest", "xadongtam", "demo").body()).as("only their own").isEqualTo("{\"enabled\":true}");
    assertThat(http.request("PUT", "/api/notices/digest", "{}", "xatamtien", "demo").statusCode()).isEqualTo(400);
    http.request("PUT", "/api/notices/digest", "{\"enabled\":true}", "xatamtien", "demo");
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

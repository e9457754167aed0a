package vn.ocop.workflow.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.testsupport.TestPostgres;

/**
 * The outbox's claim on PostgreSQL (READ COMMITTED, row locks): four nodes working off the same 40
 * messages at once send each exactly once, and a second pass sends nothing.
 */
@SpringBootTest(properties = {"ocop.notices.send-after-commit=false", "ocop.notices.poll-initial-delay=PT24H",
    "ocop.notices.digest-cron=-"})
@ActiveProfiles({"postgres", "demo"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NoticeOutboxPostgresIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "ocop_notices");
  }

  @Autowired NoticeMapper mapper;
  @Autowired MailDelivery mail;
  @Autowired NoticeSettings settings;
  @Autowired OutboxSender sender;

  @Test
  void fourNodesSendEachOfFortyMessagesOnce() throws Exception {
    sender.sendDue();
    for (int i = 0; i < 40; i++) {
      NoticeRow row = new NoticeRow();
      row.dedupKey = "pg-claim-test:" + i;
      row.channel = "SMS";
      row.noticeType = NoticeType.RECOGNITION.name();
      row.recipient = "09120000" + String.format("%02d", i);
      row.subject = "OCOP – thử " + i;
      row.body = "OCOP – thử " + i;
      row.status = "PENDING";
      row.createdAt = EngineClock.dateTime();
      row.nextAttemptAt = row.createdAt;
      mapper.insert(row);
    }
    ConcurrentHashMap<String, AtomicInteger> received = new ConcurrentHashMap<>();
    ShortMessageGateway gateway = (phone, text) -> {
      received.computeIfAbsent(phone, p -> new AtomicInteger()).incrementAndGet();
      Thread.sleep(5);
    };
    List<OutboxSender> nodes = List.of(new OutboxSender(mapper, mail, gateway, settings),
        new OutboxSender(mapper, mail, gateway, settings), new OutboxSender(mapper, mail, gateway, settings),
        new OutboxSender(mapper, mail, gateway, settings));
    ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
    try {
      List<Future<Integer>> passes = threads.invokeAll(nodes.stream().map(node -> (java.util.concurrent.Callable<Integer>) node::sendDue).toList());
      int sent = 0;
      for (Future<Integer> pass : passes) {
        sent += pass.get();
      }
      assertThat(sent).isEqualTo(40);
      assertThat(received).hasSize(40);
      assertThat(received.values()).allMatch(count -> count.get() == 1);
      assertThat(nodes.get(0).sendDue()).isZero();
      assertThat(mapper.count("SENT", null)).isGreaterThanOrEqualTo(40);
    } finally {
      threads.shutdown();
      nodes.forEach(OutboxSender::destroy);
    }
  }
}

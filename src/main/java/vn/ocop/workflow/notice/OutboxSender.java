package vn.ocop.workflow.notice;

import java.net.InetAddress;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;

/**
 * Works off the outbox: takes due rows, claims each (PENDING → SENDING, one UPDATE that only one node can
 * win, on H2 and PostgreSQL alike), sends it and records SENT, or the failed attempt with the next try
 * after an exponential back-off (FAILED after {@code maxAttempts}). A row stuck in SENDING past its claim
 * (its node stopped mid-send) becomes UNCONFIRMED and is not sent again by itself: it may have gone out,
 * and a notice is never sent twice; the administrator may queue it again.
 */
@Component
class OutboxSender implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final NoticeMapper mapper;
  private final MailDelivery mail;
  private final ShortMessageGateway shortMessages;
  private final NoticeSettings settings;
  private final String node;
  private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "ocop-outbox");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicBoolean wakeUpQueued = new AtomicBoolean();

  OutboxSender(NoticeMapper mapper, MailDelivery mail, ShortMessageGateway shortMessages, NoticeSettings settings) {
    this.mapper = mapper;
    this.mail = mail;
    this.shortMessages = shortMessages;
    this.settings = settings;
    this.node = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** After a commit: send soon, on the sender's own thread (several commits, one pass). */
  void wake() {
    if (settings.sendAfterCommit() && wakeUpQueued.compareAndSet(false, true)) {
      wakeUps.execute(() -> {
        wakeUpQueued.set(false);
        try {
          sendDue();
        } catch (RuntimeException e) {
          LOG.warn("Outbox pass failed, the next poll tries again: {}", e.toString());
        }
      });
    }
  }

  @Scheduled(initialDelayString = "${ocop.notices.poll-initial-delay:PT30S}",
      fixedDelayString = "${ocop.notices.poll-interval:PT15S}")
  void poll() {
    try {
      sendDue();
    } catch (RuntimeException e) {
      LOG.warn("Outbox pass failed, the next poll tries again: {}", e.toString());
    }
  }

  /** One pass: every due row this node can claim, sent once. Returns how many were sent. */
  synchronized int sendDue() {
    LocalDateTime now = EngineClock.dateTime();
    int unconfirmed = mapper.markUnconfirmed(now);
    if (unconfirmed > 0) {
      LOG.warn("{} notices were being sent by a node that stopped: UNCONFIRMED, not sent again", unconfirmed);
    }
    int sent = 0;
    List<Long> due = mapper.selectDue(now, settings.batchSize());
    for (long id : due) {
      if (mapper.claim(id, node, now, now.plus(settings.claimTimeout())) != 1) {
        continue;
      }
      NoticeRow notice = mapper.selectById(id);
      try {
        deliver(notice);
      } catch (Exception e) {
        failed(notice, e);
        continue;
      }
      mapper.markSent(id, node, EngineClock.dateTime());
      sent++;
    }
    return sent;
  }

  private void deliver(NoticeRow notice) throws Exception {
    if ("SMS".equals(notice.channel)) {
      shortMessages.send(notice.recipient, notice.body);
    } else {
      mail.send(notice);
    }
  }

  private void failed(NoticeRow notice, Exception e) {
    int attempts = notice.attempts;
    boolean last = attempts >= settings.maxAttempts();
    LocalDateTime next = EngineClock.dateTime().plus(settings.retryDelay(attempts));
    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
    mapper.markFailedAttempt(notice.id, node, last ? "FAILED" : "PENDING", next,
        error.length() > 1000 ? error.substring(0, 1000) : error);
    LOG.warn("Notice {} to {} failed (attempt {} of {}){}: {}", notice.id, notice.recipient, attempts,
        settings.maxAttempts(), last ? ", given up" : ", next attempt " + next, error);
  }

  @Override
  public void destroy() {
    wakeUps.shutdownNow();
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      return "node";
    }
  }
}

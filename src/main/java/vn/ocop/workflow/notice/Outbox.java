package vn.ocop.workflow.notice;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.ocop.workflow.common.EngineClock;

/**
 * Writes notices into the outbox ({@code ocop_notice}) in the caller's transaction: a notice of a decision
 * exists exactly when the decision committed. After the commit the sender is woken; a rolled-back decision
 * leaves no row and so sends nothing.
 */
@Component
class Outbox {

  private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

  private final NoticeMapper mapper;
  private final OutboxSender sender;

  Outbox(NoticeMapper mapper, OutboxSender sender) {
    this.mapper = mapper;
    this.sender = sender;
  }

  /** Queues one message. {@code dedupKey} {@code null}: a key of its own (one row per call). */
  void enqueue(String channel, NoticeType type, String recipient, String recipientName, Long productId,
      NoticeTemplates.Message message, String dedupKey) {
    NoticeRow row = new NoticeRow();
    row.dedupKey = dedupKey != null ? dedupKey : type.name() + ":" + UUID.randomUUID();
    row.channel = channel;
    row.noticeType = type.name();
    row.recipient = recipient;
    row.recipientName = recipientName;
    row.productId = productId;
    row.subject = message.subject();
    row.body = message.body();
    row.status = "PENDING";
    row.attempts = 0;
    row.createdAt = EngineClock.dateTime();
    row.nextAttemptAt = row.createdAt;
    mapper.insert(row);
    LOG.debug("Queued {} notice {} ({}) for {}", channel, row.id, type, recipient);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          sender.wake();
        }
      });
    } else {
      sender.wake();
    }
  }

  /** Whether a row with this key exists already (a digest of the day, an assignment already told). */
  boolean has(String dedupKey) {
    return mapper.countByDedupKey(dedupKey) > 0;
  }
}

package vn.ocop.workflow.notice;

import java.time.LocalDateTime;

/** One row of the outbox ({@code ocop_notice}): an e-mail or short message, its state and its attempts. */
public class NoticeRow {
  public Long id;
  public String dedupKey;
  public String channel;
  public String noticeType;
  public String recipient;
  public String recipientName;
  public Long productId;
  public String subject;
  public String body;
  public String status;
  public int attempts;
  public LocalDateTime nextAttemptAt;
  public String claimedBy;
  public LocalDateTime claimedUntil;
  public String lastError;
  public LocalDateTime createdAt;
  public LocalDateTime sentAt;
}

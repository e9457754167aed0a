package vn.ocop.workflow.notice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ocop.notices.*}: the sender's address, how the outbox is worked off and retried, the digest.
 *
 * @param from the From address of every e-mail
 * @param fromName the From name shown to recipients
 * @param batchSize rows one pass of the sender takes at most
 * @param maxAttempts attempts before a row is FAILED (the administrator may then queue it again)
 * @param firstRetryDelay wait after the first failed attempt; doubled after each further one
 * @param maxRetryDelay the longest wait between two attempts
 * @param claimTimeout how long a node may take to send one row before the row counts as UNCONFIRMED
 * @param sendAfterCommit whether a committed notice is sent at once (else at the next poll)
 * @param smsEnabled whether producers with a phone number also get a short message
 * @param digestDueWithinDays tasks due within this many days are in the daily digest
 */
@ConfigurationProperties("ocop.notices")
public record NoticeSettings(String from, String fromName, int batchSize, int maxAttempts, Duration firstRetryDelay,
    Duration maxRetryDelay, Duration claimTimeout, boolean sendAfterCommit, boolean smsEnabled,
    int digestDueWithinDays) {

  /** The wait after attempt number {@code attempts} failed: first, 2×first, 4×first … at most max. */
  Duration retryDelay(int attempts) {
    Duration delay = firstRetryDelay;
    for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }
}

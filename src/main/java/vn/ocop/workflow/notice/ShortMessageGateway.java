package vn.ocop.workflow.notice;

/**
 * Short messages (SMS, Zalo ZNS) to producers' phones. The application ships one implementation,
 * {@link LoggingShortMessageGateway}, which only logs; a province that has an SMS or Zalo Official Account
 * contract adds a Spring bean implementing this interface (it then replaces the logging one). See
 * docs/notices-and-documents.md.
 */
public interface ShortMessageGateway {

  /**
   * Sends {@code text} to {@code phone} (as the producer gave it at registration). Returns normally only
   * when the provider accepted the message; any exception counts as a failed attempt, which is retried.
   */
  void send(String phone, String text) throws Exception;
}

package vn.ocop.workflow.notice;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The short-message gateway until a province plugs in its own: writes each message to the log. */
class LoggingShortMessageGateway implements ShortMessageGateway {

  private static final Logger LOG = LoggerFactory.getLogger(LoggingShortMessageGateway.class);

  @Override
  public void send(String phone, String text) {
    LOG.info("Short message (not sent, no gateway configured) to {}: {}", phone, text);
  }
}

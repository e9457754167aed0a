package vn.ocop.workflow.notice;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands one e-mail to the SMTP server of {@code spring.mail.*}. Without {@code spring.mail.host} there is no
 * server: the e-mail is written to the log instead (and counts as sent).
 */
@Component
class MailDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);

  private final ObjectProvider<JavaMailSender> mailSender;
  private final NoticeSettings settings;

  MailDelivery(ObjectProvider<JavaMailSender> mailSender, NoticeSettings settings) {
    this.mailSender = mailSender;
    this.settings = settings;
  }

  void send(NoticeRow notice) throws Exception {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      LOG.info("E-mail {} (not sent: no SMTP server, SPRING_MAIL_HOST) to {}: {}", notice.id, notice.recipient,
          notice.subject);
      LOG.debug("E-mail {} text:\n{}", notice.id, notice.body);
      return;
    }
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
    helper.setFrom(settings.from(), settings.fromName());
    helper.setTo(notice.recipient);
    helper.setSubject(notice.subject);
    helper.setText(notice.body, false);
    // the outbox row's own id: a receiving system can tell a message it already has
    message.setHeader("X-OCOP-Notice", String.valueOf(notice.id));
    sender.send(message);
  }
}

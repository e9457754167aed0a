package vn.ocop.workflow.notice;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Notices to producers, recorded in the transaction of the decision that causes them (see {@link Outbox}):
 * an e-mail when the registration gave an address, a short message when it gave a phone number and short
 * messages are on. A product whose producer gave neither gets nothing (the commune still hands over the
 * printed letter). Called with one line from each recording point of the processes.
 */
@Component
public class Notices {

  private static final Logger LOG = LoggerFactory.getLogger(Notices.class);

  private static final Map<String, String> AUTHORITIES = Map.of("DISTRICT", "UBND cấp huyện",
      "PROVINCE", "Cơ quan tham mưu quản lý OCOP cấp tỉnh", "CENTRAL", "Hội đồng đánh giá, phân hạng cấp trung ương");

  private final NoticeMapper mapper;
  private final NoticeTemplates templates;
  private final Outbox outbox;
  private final NoticeSettings settings;
  private final String publicBaseUrl;

  Notices(NoticeMapper mapper, NoticeTemplates templates, Outbox outbox, NoticeSettings settings,
      @Value("${ocop.public-base-url:}") String publicBaseUrl) {
    this.mapper = mapper;
    this.templates = templates;
    this.outbox = outbox;
    this.settings = settings;
    this.publicBaseUrl = publicBaseUrl;
  }

  /**
   * A written explanation to the producer ({@code noteKind} RETURN, REJECTION, DEFECTS, INELIGIBLE,
   * UNSUITABLE, LOW_RANK, DISQUALIFIED) by the unit of {@code level}: its reason and, where there is one,
   * the deadline to correct or resubmit. {@code stage} IDEA or PLAN names what was screened (else null).
   * Other kinds send nothing.
   */
  public void explanation(long productId, String noteKind, String level, String stage, String reason, Date deadline,
      Integer stars) {
    NoticeType.ofNoteKind(noteKind).ifPresent(type -> {
      Map<String, Object> values = new HashMap<>();
      values.put("reason", reason);
      values.put("deadline", VietnameseText.date(deadline));
      values.put("levelCode", level);
      values.put("subjectName", "PLAN".equals(stage) ? "Phương án sản xuất kinh doanh" : "Ý tưởng sản phẩm");
      values.put("subjectNameLower", "PLAN".equals(stage) ? "phương án sản xuất kinh doanh" : "ý tưởng sản phẩm");
      values.put("disqualified", "DISQUALIFIED".equals(noteKind));
      values.put("stars", stars);
      producerNotice(type, productId, values);
    });
  }

  /** What happens to a certificate ({@code eventKind} ISSUED, WINDOW_OPEN, REVOKED…) that its producer is told. */
  public void certificateEvent(long certificateId, String eventKind, String text) {
    NoticeType.ofCertificateEvent(eventKind).filter(type -> type != NoticeType.RECOGNITION).ifPresent(type -> {
      Long productId = mapper.selectProductOfCertificate(certificateId);
      if (productId != null) {
        producerNotice(type, productId, Map.of("text", text));
      }
    });
  }

  /** A certificate just issued (first recognition, upgrade or renewal): stars, number, decision, public page. */
  public void recognition(long certificateId) {
    IssuedCertificate certificate = mapper.selectIssuedCertificate(certificateId);
    producerNotice(NoticeType.RECOGNITION, certificate.productId(), Map.of("productCode", certificate.productCode(),
        "stars", certificate.stars(), "certificateNumber", certificate.certificateNumber(),
        "decisionNumber", certificate.decisionNumber(), "issuedOn", VietnameseText.date(certificate.issuedOn()),
        "validUntil", VietnameseText.date(certificate.validUntil()), "publicPage", publicPage(certificate.productCode())));
  }

  /** The notice of {@code type} about {@code productId} to its producer, with the template's values. */
  public void producerNotice(NoticeType type, long productId, Map<String, Object> facts) {
    ProducerContact producer = mapper.selectProducerContact(productId);
    if (producer == null) {
      throw new IllegalStateException("No product " + productId + " to notify its producer of " + type);
    }
    boolean email = producer.email() != null && !producer.email().isBlank();
    boolean phone = settings.smsEnabled() && producer.phone() != null && !producer.phone().isBlank();
    if (!email && !phone) {
      LOG.debug("Product {}: the producer gave no e-mail or phone, {} not sent", productId, type);
      return;
    }
    Map<String, Object> values = new HashMap<>(facts);
    String commune = VietnameseText.unitInSentence(producer.communeName());
    values.putIfAbsent("productName", producer.productName());
    values.putIfAbsent("productCode", producer.productCode());
    values.put("producerName", producer.producerName());
    values.put("representativeName", producer.representativeName());
    values.put("communeName", commune);
    Object level = values.get("levelCode");
    values.put("authority", level == null || "COMMUNE".equals(level) ? "UBND " + commune
        : AUTHORITIES.getOrDefault(level.toString(), "UBND " + commune));
    values.putIfAbsent("deadline", null);
    NoticeTemplates.Message message = templates.render(type, values);
    if (email) {
      outbox.enqueue("EMAIL", type, producer.email().trim(), producer.producerName(), productId, message, null);
    }
    if (phone) {
      outbox.enqueue("SMS", type, producer.phone().trim(), producer.producerName(), productId,
          new NoticeTemplates.Message(message.subject(), message.subject()), null);
    }
  }

  String publicPage(String productCode) {
    String base = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:8080"
        : publicBaseUrl.replaceAll("/+$", "");
    return base + "/ocop/" + productCode;
  }
}

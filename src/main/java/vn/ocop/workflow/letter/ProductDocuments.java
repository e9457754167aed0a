package vn.ocop.workflow.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.criteria.CriteriaCatalog;
import vn.ocop.workflow.common.QrCodes;
import vn.ocop.workflow.unit.AdministrativeUnit;
import vn.ocop.workflow.unit.AdministrativeUnits;

/**
 * Makes the printable documents of a product as PDF, in the transaction of the decision they record, and
 * keeps them with the product ({@link LetterStore}): the return and result letters, the council's
 * score summary, the recognition decision and the certificate with its QR code. Called with one line
 * from each recording point of the processes.
 */
@Component
public class ProductDocuments {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final List<String> UNIT_TYPES = List.of("Thành phố ", "Thị trấn ", "Đặc khu ", "Phường ", "Huyện ",
      "Tỉnh ", "Thị xã ", "Quận ", "Xã ");

  /** The kinds of written explanation that have a letter; a kind a model adds later has none until it gets one. */
  static final List<String> LETTER_KINDS = List.of("RETURN", "DEFECTS", "REJECTION", "INELIGIBLE", "UNSUITABLE",
      "LOW_RANK", "DISQUALIFIED");

  private static final Logger LOG = LoggerFactory.getLogger(ProductDocuments.class);

  private final PdfRenderer renderer;
  private final LetterStore store;
  private final LetterMapper mapper;
  private final AdministrativeUnits units;
  private final CriteriaCatalog criteria;
  private final QrCodes qrCodes;
  private final IdentityService identity;
  private final String publicBaseUrl;

  ProductDocuments(PdfRenderer renderer, LetterStore store, LetterMapper mapper, AdministrativeUnits units,
      CriteriaCatalog criteria, QrCodes qrCodes, IdentityService identity,
      @Value("${ocop.public-base-url:}") String publicBaseUrl) {
    this.renderer = renderer;
    this.store = store;
    this.mapper = mapper;
    this.units = units;
    this.criteria = criteria;
    this.qrCodes = qrCodes;
    this.identity = identity;
    this.publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:8080"
        : publicBaseUrl.replaceAll("/+$", "");
    if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
      LOG.warn("OCOP_PUBLIC_BASE_URL is not set: certificates and their QR codes point at {}", this.publicBaseUrl);
    }
  }

  /**
   * The letter of a written explanation to the producer ({@code noteKind} RETURN, DEFECTS, REJECTION,
   * INELIGIBLE, UNSUITABLE: a return letter; LOW_RANK, DISQUALIFIED: a result letter) by the unit of
   * {@code level}. {@code stage} IDEA or PLAN names what was screened.
   */
  public void explanationLetter(long productId, Long dossierId, String noteKind, String level, String stage,
      String reason, Date deadline, Integer stars) {
    if (!LETTER_KINDS.contains(noteKind)) {
      LOG.debug("No letter for a note of kind {} (product {})", noteKind, productId);
      return;
    }
    LetterFacts.Product product = mapper.selectProduct(productId);
    boolean result = "LOW_RANK".equals(noteKind) || "DISQUALIFIED".equals(noteKind);
    String what = "PLAN".equals(stage) ? "phương án sản xuất kinh doanh" : "ý tưởng sản phẩm";
    String deadlineText = deadline == null ? null : EngineClock.dateOf(deadline).format(DATE);
    Map<String, Object> values = header(product, level, result ? "HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP" : null);
    values.put("reason", reason);
    values.put("producerName", product.producerName());
    values.put("producerAddress", product.producerAddress());
    String subtitle;
    String intro;
    String advice = null;
    String deadlineSentence = null;
    String name = "«" + product.productName() + "»";
    switch (noteKind) {
      case "RETURN" -> {
        subtitle = "Về việc trả hồ sơ đề nghị đánh giá, phân hạng sản phẩm để hoàn thiện";
        intro = "Hồ sơ đề nghị đánh giá, phân hạng sản phẩm " + name + " cần được bổ sung, hoàn thiện các nội dung sau:";
        advice = "Đề nghị chủ thể hoàn thiện hồ sơ và nộp lại tại UBND cấp xã nơi đăng ký.";
        deadlineSentence = deadlineText == null ? null : "Hạn nộp hồ sơ đã hoàn thiện: hết ngày " + deadlineText + ".";
      }
      case "DEFECTS" -> {
        subtitle = "Về việc sửa, bổ sung phiếu đăng ký " + what;
        intro = "Khi kiểm tra hình thức, phiếu đăng ký " + what + " " + name + " còn những điểm cần sửa sau:";
        deadlineSentence = deadlineText == null ? null : "Hạn nộp lại: hết ngày " + deadlineText + ".";
      }
      case "REJECTION" -> {
        subtitle = "Về việc " + what + " chưa được chọn";
        intro = capitalised(what) + " " + name + " chưa được chọn trong đợt này. Lý do và hướng hoàn thiện:";
        deadlineSentence = deadlineText == null ? null : "Chủ thể có thể hoàn thiện và nộp lại trước hết ngày "
            + deadlineText + " (trong vòng 2 tuần).";
        advice = "Sau thời hạn trên, " + what + " được xem xét lại vào cùng thời điểm năm sau.";
      }
      case "INELIGIBLE" -> {
        subtitle = "Về việc ý tưởng sản phẩm chưa đủ điều kiện tham gia Chương trình OCOP";
        intro = "Ý tưởng sản phẩm " + name + " chưa đủ điều kiện tham gia Chương trình OCOP, vì lý do sau:";
      }
      case "UNSUITABLE" -> {
        subtitle = "Về việc tổ chức sản xuất chưa phù hợp";
        intro = "Tổ chức sản xuất của sản phẩm " + name + " chưa phù hợp để tham gia Chương trình OCOP, vì lý do sau:";
        advice = "Sản phẩm chỉ được tham gia khi chủ thể chấp nhận tái cơ cấu tổ chức theo tiêu chí OCOP.";
      }
      case "LOW_RANK", "DISQUALIFIED" -> {
        subtitle = "Về kết quả đánh giá, phân hạng sản phẩm OCOP";
        intro = "DISQUALIFIED".equals(noteKind)
            ? "Sản phẩm " + name + " không đủ điều kiện để phân hạng trong đợt này. Giải thích của Hội đồng:"
            : "Sản phẩm " + name + " chưa đạt hạng 3 sao" + (stars == null ? "" : " (đạt " + stars + " sao)")
                + " nên chưa được công nhận là sản phẩm OCOP. Giải thích của Hội đồng:";
        advice = "Sản phẩm có thể được hoàn thiện và đăng ký đánh giá lại ở đợt sau.";
      }
      default -> throw new IllegalArgumentException("No letter for a note of kind " + noteKind);
    }
    values.put("subtitle", subtitle);
    values.put("intro", intro);
    values.put("advice", advice);
    values.put("deadlineSentence", deadlineSentence);
    values.put("documentTitle", "Thông báo – " + product.productName());
    LetterKind kind = result ? LetterKind.RESULT_LETTER : LetterKind.RETURN_LETTER;
    keep(product.productId(), dossierId, kind, "Thông báo " + lowerFirst(subtitle.substring(4)),
        renderer.render("letter", values));
  }

  /** The council's summary of one scoring round: every member's total, the average and the spread. */
  public long scoreSummary(long dossierId, String councilLevel, int round) {
    Long productId = mapper.selectProductOfDossier(dossierId);
    LetterFacts.Product product = mapper.selectProduct(productId);
    LetterFacts.Result result = mapper.selectResult(dossierId, councilLevel, round);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (LetterFacts.Sheet sheet : mapper.selectSheets(dossierId, councilLevel, round)) {
      boolean absent = Boolean.TRUE.equals(sheet.absent());
      List<String> notes = new ArrayList<>();
      if (sheet.chair()) {
        notes.add("Chủ tịch Hội đồng");
      }
      if (absent) {
        notes.add("Vắng mặt");
      } else if (sheet.total() == null) {
        notes.add("Chưa nộp phiếu");
      }
      if (Boolean.TRUE.equals(sheet.disqualifiedOpinion())) {
        notes.add("Đề nghị loại");
      }
      rows.add(Map.of("name", memberName(sheet.memberId()),
          "total", sheet.total() == null ? "–" : sheet.total().toString(),
          "cap", sheet.minimaCapStars() == null ? "–" : sheet.minimaCapStars() + " sao",
          "note", String.join("; ", notes)));
    }
    Map<String, Object> values = header(product, councilLevel, "HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP");
    values.put("subtitle", "Hội đồng đánh giá, phân hạng sản phẩm OCOP " + levelName(councilLevel) + " – lần chấm " + round);
    values.put("productName", product.productName());
    values.put("productSetName", criteria.get(product.productSet()).title());
    values.put("producerName", product.producerName());
    values.put("rows", rows);
    values.put("memberCount", result == null ? rows.size() : result.memberCount());
    values.put("presentCount", result == null ? "–" : result.presentCount());
    values.put("average", result == null ? "–" : decimal(result.averageScore()));
    values.put("spread", result == null ? "–" : decimal(result.spread()));
    values.put("disqualified", result != null && result.disqualified());
    values.put("documentTitle", "Tổng hợp điểm – " + product.productName());
    return keep(productId, dossierId, LetterKind.SCORE_SUMMARY,
        "Bảng tổng hợp kết quả chấm điểm, lần chấm " + round, renderer.render("score-summary", values));
  }

  /** A certificate just issued: the recognition decision and the certificate with its QR code. */
  public void certificateIssued(long certificateId) {
    LetterFacts.Certificate certificate = mapper.selectCertificate(certificateId);
    LetterFacts.Product product = mapper.selectProduct(certificate.productId());
    AdministrativeUnit commune = units.get(product.communeCode());
    AdministrativeUnit province = units.provinceOf(commune.code());
    String level = certificate.issuedByLevel();
    String decider;
    String signer;
    String issuerName;
    String issuerParent;
    if ("CENTRAL".equals(level)) {
      issuerParent = null;
      issuerName = "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG";
      decider = "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG";
      signer = "BỘ TRƯỞNG";
    } else {
      AdministrativeUnit unit = "DISTRICT".equals(level) && commune.parentCode() != null
          ? units.get(commune.parentCode()) : province;
      issuerParent = "DISTRICT".equals(level) ? upper(province.name()) : null;
      issuerName = "ỦY BAN NHÂN DÂN " + upper(unit.name());
      decider = "CHỦ TỊCH " + issuerName;
      signer = "CHỦ TỊCH";
    }
    Map<String, Object> values = new HashMap<>();
    values.put("issuerParent", issuerParent);
    values.put("issuerName", issuerName);
    values.put("number", "Số: " + certificate.decisionNumber());
    values.put("placeAndDate", placeAndDate(place(province.name()), certificate.issuedOn()));
    values.put("deciderUpper", decider);
    values.put("signerTitle", signer);
    values.put("productName", product.productName());
    values.put("productCode", product.productCode());
    values.put("producerName", product.producerName());
    values.put("producerAddress", product.producerAddress());
    values.put("communeName", commune.name());
    values.put("stars", certificate.stars());
    values.put("certificateNumber", certificate.certificateNumber());
    values.put("decisionNumber", certificate.decisionNumber());
    values.put("issuedOn", certificate.issuedOn().format(DATE));
    values.put("validUntil", certificate.validUntil().format(DATE));
    String page = publicBaseUrl + "/ocop/" + product.productCode();
    values.put("publicPage", page);
    values.put("qrDataUri", "data:image/png;base64," + Base64.getEncoder().encodeToString(qrCodes.png(page)));
    values.put("documentTitle", "Quyết định công nhận – " + product.productName());
    keep(product.productId(), certificate.dossierId(), LetterKind.RECOGNITION_DECISION,
        "Quyết định công nhận sản phẩm OCOP số " + certificate.decisionNumber(),
        renderer.render("recognition-decision", values));
    values.put("documentTitle", "Giấy chứng nhận " + certificate.certificateNumber());
    keep(product.productId(), certificate.dossierId(), LetterKind.CERTIFICATE,
        "Giấy chứng nhận sản phẩm OCOP số " + certificate.certificateNumber(), renderer.render("certificate", values));
  }

  private long keep(long productId, Long dossierId, LetterKind kind, String title, byte[] pdf) {
    StoredLetter document = new StoredLetter();
    document.productId = productId;
    document.dossierId = dossierId;
    document.kind = kind.name();
    document.title = title;
    document.createdAt = EngineClock.dateTime();
    document.fileName = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + productId + "-"
        + document.createdAt.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE) + ".pdf";
    document.contentType = "application/pdf";
    document.content = pdf;
    Authentication user = identity.getCurrentAuthentication();
    document.createdBy = user == null ? null : user.getUserId();
    return store.store(document);
  }

  /** The letterhead: the issuing unit of {@code level} for the product's commune, place and date. */
  private Map<String, Object> header(LetterFacts.Product product, String level, String provinceBody) {
    AdministrativeUnit commune = units.get(product.communeCode());
    AdministrativeUnit province = units.provinceOf(commune.code());
    Map<String, Object> values = new HashMap<>();
    values.put("number", null);
    switch (level == null ? "COMMUNE" : level) {
      case "CENTRAL" -> {
        values.put("issuerParent", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
        values.put("issuerName", "HỘI ĐỒNG CẤP TRUNG ƯƠNG");
        values.put("signerTitle", "TM. HỘI ĐỒNG");
        values.put("placeAndDate", placeAndDate("Hà Nội", EngineClock.today()));
      }
      case "PROVINCE" -> {
        values.put("issuerParent", "ỦY BAN NHÂN DÂN " + upper(province.name()));
        values.put("issuerName", provinceBody != null ? provinceBody : "CƠ QUAN THAM MƯU QUẢN LÝ OCOP");
        values.put("signerTitle", provinceBody != null ? "TM. HỘI ĐỒNG" : "THỦ TRƯỞNG CƠ QUAN");
        values.put("placeAndDate", placeAndDate(place(province.name()), EngineClock.today()));
      }
      case "DISTRICT" -> {
        AdministrativeUnit district = commune.parentCode() == null ? province : units.get(commune.parentCode());
        values.put("issuerParent", upper(province.name()));
        values.put("issuerName", "ỦY BAN NHÂN DÂN " + upper(district.name()));
        values.put("signerTitle", "TM. ỦY BAN NHÂN DÂN");
        values.put("placeAndDate", placeAndDate(place(district.name()), EngineClock.today()));
      }
      default -> {
        values.put("issuerParent", upper(province.name()));
        values.put("issuerName", "ỦY BAN NHÂN DÂN " + upper(commune.name()));
        values.put("signerTitle", "TM. ỦY BAN NHÂN DÂN");
        values.put("placeAndDate", placeAndDate(place(commune.name()), EngineClock.today()));
      }
    }
    return values;
  }

  private String memberName(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? userId : name;
  }

  static String levelName(String level) {
    return switch (level) {
      case "CENTRAL" -> "cấp trung ương";
      case "DISTRICT" -> "cấp huyện";
      default -> "cấp tỉnh";
    };
  }

  static String placeAndDate(String place, LocalDate day) {
    return place + ", ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng "
        + String.format("%02d", day.getMonthValue()) + " năm " + day.getYear();
  }

  /** "Xã Tam Tiến" → "Tam Tiến": the place name a letter is dated at. */
  static String place(String unitName) {
    for (String type : UNIT_TYPES) {
      if (unitName.startsWith(type)) {
        return unitName.substring(type.length());
      }
    }
    return unitName;
  }

  static String upper(String text) {
    return text.toUpperCase(VIETNAMESE);
  }

  static String decimal(BigDecimal value) {
    return value == null ? "–" : value.toPlainString().replace('.', ',');
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}

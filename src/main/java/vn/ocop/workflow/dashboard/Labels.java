package vn.ocop.workflow.dashboard;

import java.util.Map;
import vn.ocop.workflow.product.ProductStage;

/** The Vietnamese names the dashboard shows for our codes. */
final class Labels {

  static final Map<ProductStage, String> STAGES = Map.ofEntries(
      Map.entry(ProductStage.IDEA, "Xét chọn ý tưởng"),
      Map.entry(ProductStage.INELIGIBLE, "Không đủ điều kiện"),
      Map.entry(ProductStage.IDEA_ACCEPTED, "Ý tưởng được chấp thuận"),
      Map.entry(ProductStage.IDEA_WITHDRAWN, "Ý tưởng không nộp lại"),
      Map.entry(ProductStage.IDEA_CLOSED, "Ý tưởng không được chấp thuận"),
      Map.entry(ProductStage.EXISTING_REVIEW, "Xét sản phẩm hiện có"),
      Map.entry(ProductStage.EXISTING_REVIEW_CLOSED, "Sản phẩm hiện có không được chấp thuận"),
      Map.entry(ProductStage.TRAINING_1, "Tập huấn lần 1"),
      Map.entry(ProductStage.BUSINESS_PLAN, "Xét phương án kinh doanh"),
      Map.entry(ProductStage.PLAN_ACCEPTED, "Phương án được phê duyệt"),
      Map.entry(ProductStage.PLAN_WITHDRAWN, "Phương án không nộp lại"),
      Map.entry(ProductStage.BUSINESS_PLAN_CLOSED, "Phương án không được phê duyệt"),
      Map.entry(ProductStage.TRAINING_2, "Tập huấn lần 2"),
      Map.entry(ProductStage.IMPLEMENTATION, "Triển khai phương án"),
      Map.entry(ProductStage.EVALUATION, "Đánh giá, phân hạng"),
      Map.entry(ProductStage.NOT_CERTIFIED, "Chưa đạt 3 sao"),
      Map.entry(ProductStage.TRADE_PROMOTION, "Xúc tiến thương mại"),
      Map.entry(ProductStage.CERTIFIED, "Đã được công nhận"));

  static final Map<String, String> CERTIFICATE_STATUSES = Map.of(
      "VALID", "Còn hiệu lực",
      "EXPIRED", "Hết hiệu lực",
      "REVOKED", "Bị thu hồi",
      "SUPERSEDED", "Được thay bằng giấy mới");

  /** The re-evaluation state of a valid certificate, read from the last event of its lifecycle. */
  static final Map<String, String> RE_EVALUATION = Map.ofEntries(
      Map.entry("ISSUED", "Chưa đến kỳ đánh giá lại"),
      Map.entry("WINDOW_OPEN", "Đã mở kỳ đề nghị đánh giá lại"),
      Map.entry("REMINDER", "Đã nhắc đề nghị đánh giá lại"),
      Map.entry("WINDOW_MISSED", "Quá hạn đề nghị đánh giá lại"),
      Map.entry("RE_EVALUATION_REQUESTED", "Đang đánh giá lại"),
      Map.entry("NO_RE_EVALUATION", "Không đề nghị đánh giá lại"),
      Map.entry("RE_EVALUATION_OVERDUE", "Đánh giá lại quá hạn"),
      Map.entry("NOT_RENEWED", "Không được công nhận lại"),
      Map.entry("RENEWED", "Đã được công nhận lại"),
      Map.entry("EXPIRY_NOTICE", "Đã báo sắp hết hạn"),
      Map.entry("INSPECTION", "Đang kiểm tra"),
      Map.entry("REVOCATION_DECLINED", "Không thu hồi sau kiểm tra"));

  /**
   * Products registered for evaluation directly, not through the cycle: no stage, {@code NONE} in
   * the dashboard's links (as in the metrics).
   */
  static final String NO_STAGE = "NONE";
  static final String NO_STAGE_LABEL = "Đăng ký đánh giá trực tiếp (không qua chu trình)";

  /** A stage's name; {@code null} (no stage) is a product registered for evaluation directly. */
  static String stage(String stage) {
    return stage == null ? NO_STAGE_LABEL : STAGES.get(ProductStage.valueOf(stage));
  }

  static String stage(ProductStage stage) {
    return stage == null ? NO_STAGE_LABEL : STAGES.get(stage);
  }

  static String reEvaluation(String lastEvent) {
    return lastEvent == null ? "Chưa có sự kiện" : RE_EVALUATION.getOrDefault(lastEvent, lastEvent);
  }

  private Labels() {
  }
}

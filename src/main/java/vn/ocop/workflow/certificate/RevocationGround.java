package vn.ocop.workflow.certificate;

import java.util.Arrays;
import java.util.Optional;

/** The six grounds on which a certificate is revoked (Decision 26/2026/QĐ-TTg, Art. 8.1 a–e). */
public enum RevocationGround {
  FALSE_DOSSIER("Cung cấp thông tin, tài liệu không trung thực hoặc giả mạo hồ sơ (điểm a)"),
  CRITERIA_NOT_MET("Sản phẩm không còn đáp ứng Bộ tiêu chí OCOP theo kết luận kiểm tra, giám sát (điểm b)"),
  LEGAL_VIOLATION("Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, ghi nhãn (điểm c)"),
  MARK_MISUSE("Sử dụng nhãn hiệu OCOP không đúng quy định, gây nhầm lẫn (điểm d)"),
  PRODUCTION_STOPPED("Chủ thể không còn sản xuất sản phẩm OCOP (điểm đ)"),
  AUTHORITY_CONCLUSION("Kết luận, đề nghị của cơ quan nhà nước có thẩm quyền khác (điểm e)");

  private final String label;

  RevocationGround(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<RevocationGround> find(Object value) {
    return value == null ? Optional.empty()
        : Arrays.stream(values()).filter(g -> g.name().equals(value.toString().trim())).findFirst();
  }
}

package vn.ocop.workflow.document;

/**
 * What a document of a product's dossier is, after QĐ 26/2026/QĐ-TTg Art. 6 and the seeds' forms. The
 * label is what officers read.
 */
enum DocumentKind {
  IDEA_FORM("Phiếu đăng ký ý tưởng sản phẩm"),
  BUSINESS_PLAN("Phương án, kế hoạch sản xuất kinh doanh"),
  REGISTRATION_FORM("Phiếu đăng ký đánh giá, phân hạng (Mẫu số 01)"),
  SELF_ASSESSMENT("Báo cáo tự đánh giá về sản phẩm (Mẫu số 02)"),
  CHANGE_EVIDENCE("Tài liệu minh chứng thay đổi so với sản phẩm đã được công nhận"),
  UPDATE_EVIDENCE("Cập nhật nội dung mới, kết quả sau thời gian được công nhận"),
  LEGAL_PAPERS("Giấy tờ pháp lý (đăng ký kinh doanh, an toàn thực phẩm, …)"),
  TEST_REPORT("Phiếu kiểm nghiệm"),
  LABEL_PHOTO("Nhãn, bao bì, ảnh sản phẩm"),
  COMMUNE_REPORT("Báo cáo đánh giá của UBND cấp xã (Mẫu số 03)"),
  COMMUNE_PROPOSAL("Văn bản của UBND cấp xã đề nghị đánh giá, phân hạng"),
  COUNCIL_MINUTES("Biên bản họp Hội đồng"),
  DECISION("Quyết định công nhận"),
  OTHER("Tài liệu khác");

  final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  static DocumentKind parse(String text) {
    for (DocumentKind kind : values()) {
      if (kind.name().equals(text)) {
        return kind;
      }
    }
    return null;
  }
}

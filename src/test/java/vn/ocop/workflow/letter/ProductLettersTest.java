package vn.ocop.workflow.letter;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ocop.workflow.certificate.CertificateMapper;
import vn.ocop.workflow.certificate.CertificateRow;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.product.ProductMapper;
import vn.ocop.workflow.testsupport.StoredProduct;

/**
 * The printable documents: each PDF opens, reads back (PDFBox) with its Vietnamese text and every tone mark,
 * in the embedded DejaVu font; the certificate's QR code decodes to the product's public page; a product's
 * documents are downloadable by its commune's officers and by nobody outside its units. The PDFs are also
 * written to target/documents/ to be looked at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "ocop.public-base-url=https://ocop.bacgiang.gov.vn/")
class ProductLettersTest {

  static int sequence;

  @LocalServerPort int port;
  @Autowired ProductDocuments documents;
  @Autowired LetterStore store;
  @Autowired DossierMapper dossiers;
  @Autowired ProductMapper products;
  @Autowired CertificateMapper certificates;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  StoredProduct aProduct(String name) {
    int n = ++sequence;
    return StoredProduct.store(products, dossiers, name, String.format("24-07201-%03d-2026", 500 + n), "07201", 11,
        LocalDate.of(2026, 3, 2));
  }

  StoredLetter only(long productId, LetterKind kind) {
    List<StoredLetter> found = store.list(productId).stream().filter(d -> d.kind.equals(kind.name())).toList();
    assertThat(found).as(kind.name() + " in " + store.list(productId).stream().map(d -> d.kind + " " + d.title).toList())
        .hasSize(1);
    return store.get(productId, found.get(0).id).orElseThrow();
  }

  static String text(PDDocument pdf) throws Exception {
    return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
  }

  static List<String> fonts(PDDocument pdf) throws Exception {
    List<String> names = new ArrayList<>();
    for (var name : pdf.getPage(0).getResources().getFontNames()) {
      PDFont font = pdf.getPage(0).getResources().getFont(name);
      names.add(font.getName());
      assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
    }
    return names;
  }

  static void keep(StoredLetter document) throws Exception {
    Path folder = Path.of("target", "documents");
    Files.createDirectories(folder);
    Files.write(folder.resolve(document.fileName), document.content);
  }

  @Test
  void theCertificatePrintsInVietnameseWithAQrCodeOfThePublicPage() throws Exception {
    StoredProduct product = aProduct("Chè Shan tuyết Tam Tiến – đặc sản vùng đồi");
    CertificateRow certificate = product.certificate(certificates, "OCOP-24-2026-0" + (700 + ++sequence), 4,
        LocalDate.of(2026, 5, 20), "VALID");
    documents.certificateIssued(certificate.id);

    StoredLetter pdf = only(product.productId(), LetterKind.CERTIFICATE);
    keep(pdf);
    assertThat(pdf.contentType).isEqualTo("application/pdf");
    String productCode = products.selectProductById(product.productId()).productCode;
    try (PDDocument document = Loader.loadPDF(pdf.content)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      assertThat(text(document)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "GIẤY CHỨNG NHẬN SẢN PHẨM OCOP",
          "Chè Shan tuyết Tam Tiến – đặc sản vùng đồi", "Chủ thể của Chè Shan tuyết", "Xã Tam Tiến",
          "ĐẠT SẢN PHẨM OCOP 4 SAO", "Mã sản phẩm: " + productCode, "Số giấy chứng nhận: " + certificate.certificateNumber,
          "Có giá trị đến hết ngày: 20/05/2029", "Bắc Giang, ngày 20 tháng 05 năm 2026");
      assertThat(fonts(document)).allMatch(font -> font.contains("DejaVuSerif"));
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
      String qr = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
          new BufferedImageLuminanceSource(page)))).getText();
      assertThat(qr).isEqualTo("https://ocop.bacgiang.gov.vn/ocop/" + productCode);
    }

    StoredLetter decision = only(product.productId(), LetterKind.RECOGNITION_DECISION);
    keep(decision);
    try (PDDocument document = Loader.loadPDF(decision.content)) {
      assertThat(text(document)).contains("QUYẾT ĐỊNH", "Về việc công nhận sản phẩm đạt chuẩn OCOP",
          "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "Số: 1/QĐ-UBND",
          // bold runs come out of the PDF after their line: each piece on its own
          "Điều 1. Công nhận sản phẩm", "Chè Shan tuyết Tam Tiến – đặc", "sản vùng đồi", "đạt sản phẩm OCOP", "4 sao",
          "Điều 2. Cấp giấy chứng nhận số", certificate.certificateNumber, "20/05/2029",
          "khoản 3 Điều 4 Quyết định số 26/2026/QĐ-TTg");
    }
  }

  @Test
  void aReturnLetterCarriesTheReasonAndTheDeadline() throws Exception {
    StoredProduct product = aProduct("Mật ong rừng Yên Thế");
    Date deadline = java.sql.Timestamp.valueOf(LocalDate.of(2026, 12, 20).atTime(23, 59, 59));
    documents.explanationLetter(product.productId(), product.dossierId(), "RETURN", "COMMUNE", null,
        "Thiếu phiếu kết quả kiểm nghiệm chỉ tiêu vi sinh; bổ sung ảnh nhãn sản phẩm.", deadline, null);

    StoredLetter letter = only(product.productId(), LetterKind.RETURN_LETTER);
    keep(letter);
    try (PDDocument document = Loader.loadPDF(letter.content)) {
      assertThat(text(document)).contains("ỦY BAN NHÂN DÂN XÃ TAM TIẾN", "THÔNG BÁO",
          "Về việc trả hồ sơ đề nghị đánh giá, phân hạng sản phẩm để hoàn thiện",
          "Kính gửi: Chủ thể của Mật ong rừng Yên Thế",
          "Thiếu phiếu kết quả kiểm nghiệm chỉ tiêu vi sinh; bổ sung ảnh nhãn sản phẩm.",
          "Hạn nộp hồ sơ đã hoàn thiện: hết ngày 20/12/2026.", "TM. ỦY BAN NHÂN DÂN");
    }
  }

  @Test
  void aResultLetterExplainsALowRank() throws Exception {
    StoredProduct product = aProduct("Bánh đa Kế");
    documents.explanationLetter(product.productId(), product.dossierId(), "LOW_RANK", "PROVINCE", null,
        "Tổng điểm 58/100: bao bì chưa có mã truy xuất; chưa có kế hoạch kinh doanh.", null, 2);
    StoredLetter letter = only(product.productId(), LetterKind.RESULT_LETTER);
    keep(letter);
    try (PDDocument document = Loader.loadPDF(letter.content)) {
      assertThat(text(document)).contains("HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP",
          "Về kết quả đánh giá, phân hạng sản phẩm OCOP", "chưa đạt hạng 3 sao (đạt 2 sao)",
          "Tổng điểm 58/100: bao bì chưa có mã truy xuất; chưa có kế hoạch kinh doanh.");
    }
  }

  @Test
  void theCouncilsSummaryListsEveryMembersScoreAndTheAverage() throws Exception {
    StoredProduct product = aProduct("Gạo nếp cái hoa vàng");
    int[][] totals = {{1, 72}, {0, 70}, {0, 75}};
    String[] members = {"hoidong1", "hoidong2", "hoidong3"};
    for (int i = 0; i < members.length; i++) {
      jdbc.update("INSERT INTO ocop_score_sheet (dossier_id, council_level, scoring_round, member_id, chair, product_set,"
          + " absent, total, minima_cap_stars, disqualified_opinion, submitted_at) VALUES (?, 'PROVINCE', 1, ?, ?, 11,"
          + " FALSE, ?, 5, FALSE, CURRENT_TIMESTAMP)", product.dossierId(), members[i], totals[i][0] == 1, totals[i][1]);
    }
    jdbc.update("INSERT INTO ocop_evaluation_result (dossier_id, council_level, scoring_round, member_count, present_count,"
        + " average_score, spread, minima_cap_stars, disqualified, created_at) VALUES (?, 'PROVINCE', 1, 3, 3, 72.33, 5.00,"
        + " 5, FALSE, CURRENT_TIMESTAMP)", product.dossierId());
    documents.scoreSummary(product.dossierId(), "PROVINCE", 1);

    StoredLetter summary = only(product.productId(), LetterKind.SCORE_SUMMARY);
    keep(summary);
    try (PDDocument document = Loader.loadPDF(summary.content)) {
      assertThat(text(document)).contains("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM",
          "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh – lần chấm 1", "Gạo nếp cái hoa vàng",
          "11. Chè tươi, chè chế biến", "1 Nguyễn Văn Tuấn 72 5 sao Chủ tịch Hội đồng", "2 Trần Thị Mai 70 5 sao",
          "3 Lê Quang Huy 75 5 sao", "Điểm trung bình:", "72,33", "chênh lệch giữa các thành viên:", "5,00");
    }
  }

  @Test
  void aProductsDocumentsAreDownloadedByItsCommuneAndNotByAnotherCommune() throws Exception {
    StoredProduct product = aProduct("Nem chua Tam Tiến");
    documents.explanationLetter(product.productId(), product.dossierId(), "RETURN", "COMMUNE", null,
        "Bổ sung giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm.", null, null);
    long documentId = store.list(product.productId()).get(0).id;
    String list = "/api/products/" + product.productId() + "/letters";
    String one = list + "/" + documentId;

    HttpResponse<byte[]> pdf = get(one, "xatamtien");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(new String(get(list, "xatamtien").body(), StandardCharsets.UTF_8))
        .contains("\"kind\":\"RETURN_LETTER\"").doesNotContain("\"content\"");
    assertThat(get(one, "huyenyenthe").statusCode()).as("the commune's district").isEqualTo(200);
    assertThat(get(one, "xadongtam").statusCode()).as("another commune").isEqualTo(404);
    assertThat(get(list, "xadongtam").statusCode()).isEqualTo(404);
    assertThat(get(one, "hoidong1").statusCode()).as("a council member reads no dossier").isEqualTo(403);
    assertThat(get(list + "/abc", "xatamtien").statusCode()).isEqualTo(400);
    assertThat(get(one, null).statusCode()).isEqualTo(401);
  }

  HttpResponse<byte[]> get(String path, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}

package vn.ocop.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ocop.workflow.product.ProductMapper;
import vn.ocop.workflow.certificate.CertificateMapper;
import vn.ocop.workflow.criteria.ProductGroup;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.testsupport.StoredProduct;
import vn.ocop.workflow.testsupport.TasklistClient;
import vn.ocop.workflow.testsupport.TestPostgres;

/** The registry's queries and the public verification, on PostgreSQL, against certificates of every status. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicRegistryIT {

  static final LocalDate TODAY = LocalDate.now();

  @LocalServerPort int port;
  @Autowired DossierMapper dossiers;
  @Autowired ProductMapper products;
  @Autowired CertificateMapper certificates;
  @Autowired Registry registry;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "ocop_registry");
  }

  /** A certified product: producer, product with its code, dossier and one certificate per given status. */
  void certified(String productCode, String communeCode, int productSet, int stars, LocalDate issuedOn, String... statuses) {
    StoredProduct product = StoredProduct.store(products, dossiers, "Sản phẩm <b>" + productCode + "</b>", productCode, communeCode,
        productSet, issuedOn.minusMonths(3));
    int n = 0;
    for (String status : statuses) {
      ++n;
      product.certificate(certificates, "OCOP-T-" + productCode + "-" + n, stars, issuedOn.plusDays(n), status);
    }
  }

  @BeforeAll
  void certificatesOfEveryStatus() {
    certified("24-07201-001-2026", "07201", 8, 4, TODAY.minusMonths(5), "VALID");
    certified("24-07204-001-2022", "07204", 8, 3, TODAY.minusMonths(40), "VALID");          // past 36 months: expired
    certified("24-07591-001-2025", "07591", 11, 3, TODAY.minusMonths(10), "REVOKED");
    certified("24-07594-001-2023", "07594", 14, 5, TODAY.minusMonths(20), "SUPERSEDED", "VALID");
    certified("24-07597-001-2023", "07597", 11, 4, TODAY.minusMonths(36).plusDays(18), "VALID"); // expires in ~20 days
  }

  TasklistClient client() {
    return new TasklistClient(port);
  }

  HttpResponse<String> get(String path) {
    return client().http().get(path);
  }

  // ---- public verification ----

  @Test
  void aValidCertificateIsPublicWithoutPrivateData() {
    HttpResponse<String> response = get("/api/public/certificates/24-07201-001-2026");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode json = TasklistClient.read(response.body());
    assertThat(json.path("productCode").asText()).isEqualTo("24-07201-001-2026");
    assertThat(json.path("commune").asText()).isEqualTo("Xã Tam Tiến");
    assertThat(json.path("province").asText()).isEqualTo("Tỉnh Bắc Giang");
    assertThat(json.path("productGroup").asText()).isEqualTo("Thực phẩm");
    assertThat(json.path("stars").asInt()).isEqualTo(4);
    assertThat(json.path("issuedOn").asText()).isEqualTo(TODAY.minusMonths(5).plusDays(1).toString());
    assertThat(json.path("status").asText()).isEqualTo("VALID");
    assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder("productCode", "productName", "producerName",
        "commune", "province", "productGroup", "stars", "certificateNumber", "issuedOn", "validUntil", "status");
    assertThat(response.body()).doesNotContain(StoredProduct.PRIVATE_PHONE, StoredProduct.PRIVATE_EMAIL);
  }

  @Test
  void aCertificatePastItsThirtySixMonthsIsExpired() {
    assertThat(TasklistClient.read(get("/api/public/certificates/24-07204-001-2022").body()).path("status").asText())
        .isEqualTo("EXPIRED");
  }

  @Test
  void aRevokedCertificateShowsAsRevoked() {
    assertThat(TasklistClient.read(get("/api/public/certificates/24-07591-001-2025").body()).path("status").asText())
        .isEqualTo("REVOKED");
  }

  @Test
  void aProductWithARenewedCertificateShowsTheCurrentOne() {
    JsonNode json = TasklistClient.read(get("/api/public/certificates/24-07594-001-2023").body());
    assertThat(json.path("status").asText()).isEqualTo("VALID");
    assertThat(json.path("certificateNumber").asText()).endsWith("-2");
    assertThat(json.path("productGroup").asText()).isEqualTo("Đồ uống");
  }

  @Test
  void anUnknownCodeIsNotFoundWithAClearMessage() {
    HttpResponse<String> response = get("/api/public/certificates/24-07201-999-2026");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(TasklistClient.read(response.body()).path("message").asText())
        .isEqualTo("Không tìm thấy giấy chứng nhận OCOP nào cho mã sản phẩm 24-07201-999-2026.");
  }

  @Test
  void malformedCodesAndInjectionAttemptsAreRefused() {
    for (String code : new String[] {"abc", "24-07201-001", "24-07201-001-2026-1", "24-07201-1-2026",
        "24-07201-001-2026%27%20OR%20%271%27=%271", "%3Cscript%3E"}) {
      HttpResponse<String> response = get("/api/public/certificates/" + code);
      assertThat(response.statusCode()).as(code).isEqualTo(400);
      assertThat(response.body()).as(code).contains("không đúng định dạng");
    }
    // refused before it reaches us: the request firewall rejects semicolons in paths
    assertThat(get("/api/public/certificates/24-07201-001-2026;DROP%20TABLE%20ocop_certificate").statusCode())
        .isEqualTo(400);
    assertThat(get("/api/public/certificates/24-07201-001-2026").statusCode()).as("table still there").isEqualTo(200);
  }

  @Test
  void theQrCodeDecodesToThePublicPageOfTheCertificate() throws Exception {
    HttpResponse<byte[]> png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/api/public/certificates/24-07201-001-2026/qr.png")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(png.statusCode()).isEqualTo(200);
    assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
    String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
        new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png.body())))))).getText();
    assertThat(text).isEqualTo("http://localhost:" + port + "/ocop/24-07201-001-2026");
    assertThat(get("/api/public/certificates/24-07201-999-2026/qr.png").statusCode()).isEqualTo(404);
  }

  @Test
  void thePublicPageShowsTheCertificateInVietnameseWithValuesEscaped() {
    HttpResponse<String> page = get("/ocop/24-07201-001-2026");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(page.body()).contains("Còn hiệu lực", "Xã Tam Tiến, Tỉnh Bắc Giang", "4 sao",
        "Sản phẩm &lt;b&gt;24-07201-001-2026&lt;/b&gt;").doesNotContain("<b>24-07201", "0912000111");
    assertThat(get("/ocop/24-07591-001-2025").body()).contains("Đã bị thu hồi");
    assertThat(get("/ocop/24-07201-999-2026").statusCode()).isEqualTo(404);
    assertThat(get("/ocop/%3Cscript%3E").statusCode()).isEqualTo(400);
  }

  @Test
  void theCatalogueListsValidCertificatesWithFiltersAndPaging() {
    JsonNode all = TasklistClient.read(get("/api/public/certificates?province=24&size=2").body());
    assertThat(all.path("total").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(all.path("items")).hasSize(2);
    assertThat(all.findValuesAsText("status")).containsOnly("VALID");
    JsonNode drinks = TasklistClient.read(get("/api/public/certificates?productGroup=DRINKS&stars=5").body());
    assertThat(drinks.path("items").findValuesAsText("productCode")).containsExactly("24-07594-001-2023");
    assertThat(get("/api/public/certificates?stars=2").statusCode()).isEqualTo(400);
    assertThat(get("/api/public/certificates?size=1000").statusCode()).isEqualTo(400);
    assertThat(get("/api/public/certificates?productGroup=food%27--").statusCode()).isEqualTo(400);
    assertThat(get("/api/public/certificates?province=24;").statusCode()).isEqualTo(400);
  }

  // ---- registry queries ----

  @Test
  void certificatesAreFoundByUnitGroupStarsStatusAndExpiry() {
    assertThat(registry.certificates("07201", null, null, null, null, 0, 50).items())
        .extracting(CertificateEntry::productCode).containsExactly("24-07201-001-2026");
    assertThat(registry.certificates("215", null, null, null, null, 0, 50).items())
        .extracting(CertificateEntry::productCode).contains("24-07201-001-2026", "24-07204-001-2022")
        .doesNotContain("24-07591-001-2025");
    assertThat(registry.certificates("24", ProductGroup.HANDICRAFT, null, null, null, 0, 50).total()).isZero();
    assertThat(registry.certificates("24", null, 5, null, null, 0, 50).items())
        .extracting(CertificateEntry::status).containsExactlyInAnyOrder("SUPERSEDED", "VALID");
    assertThat(registry.certificates(null, null, null, "REVOKED", null, 0, 50).items())
        .extracting(CertificateEntry::productCode).contains("24-07591-001-2025");
    assertThat(registry.certificates(null, null, null, "EXPIRED", null, 0, 50).items())
        .extracting(CertificateEntry::productCode).contains("24-07204-001-2022");
    assertThat(registry.certificates(null, null, null, null, 30, 0, 50).items())
        .extracting(CertificateEntry::productCode).contains("24-07597-001-2023").doesNotContain("24-07201-001-2026");
    assertThat(registry.certificates("99", null, null, null, null, 0, 50).total()).as("unknown unit").isZero();
  }

  @Test
  void productsAreListedByStageWithinAUnit() {
    jdbc.update("UPDATE ocop_product SET stage = 'TRADE_PROMOTION' WHERE product_code IN (?, ?)",
        "24-07201-001-2026", "24-07591-001-2025");
    assertThat(registry.productsAtStage("TRADE_PROMOTION", "24", 0, 50)).extracting(ProductStageEntry::productCode)
        .containsExactlyInAnyOrder("24-07201-001-2026", "24-07591-001-2025");
    assertThat(registry.productsAtStage("TRADE_PROMOTION", "215", 0, 50)).extracting(ProductStageEntry::productCode)
        .containsExactly("24-07201-001-2026");
    assertThat(registry.productsAtStage("TRADE_PROMOTION", "24", 1, 1)).hasSize(1);
    assertThat(registry.productsAtStage("EVALUATION", "24", 0, 50)).isEmpty();
  }
}

package vn.ocop.workflow.registry;

import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * The page a consumer reaches by scanning the QR code on a label: the certificate in plain Vietnamese,
 * rendered on the server (no script), every value HTML-escaped.
 */
@Controller
class PublicCertificatePage {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final java.util.Map<String, String> STATUS = java.util.Map.of(
      "VALID", "Còn hiệu lực", "EXPIRED", "Đã hết hạn", "REVOKED", "Đã bị thu hồi",
      "SUPERSEDED", "Đã được thay thế bằng giấy chứng nhận mới");

  private final Registry registry;

  PublicCertificatePage(Registry registry) {
    this.registry = registry;
  }

  @GetMapping(value = "/ocop/{productCode}", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(@PathVariable String productCode) {
    if (!PublicParameters.PRODUCT_CODE.matcher(productCode).matches()) {
      return html(HttpStatus.BAD_REQUEST, "Mã không hợp lệ",
          "<p>Mã sản phẩm OCOP không đúng định dạng (tỉnh-xã-số thứ tự-năm).</p>");
    }
    return registry.current(productCode)
        .map(entry -> html(HttpStatus.OK, "Sản phẩm OCOP " + entry.stars() + " sao", body(PublicCertificate.of(entry, registry))))
        .orElseGet(() -> html(HttpStatus.NOT_FOUND, "Không tìm thấy",
            "<p>Không tìm thấy giấy chứng nhận OCOP nào cho mã sản phẩm <b>" + escape(productCode) + "</b>. "
                + "Sản phẩm mang nhãn OCOP với mã này có thể không được công nhận.</p>"));
  }

  private static String body(PublicCertificate c) {
    boolean valid = "VALID".equals(c.status());
    return "<p class=\"" + (valid ? "ok" : "warn") + "\">" + escape(STATUS.get(c.status())) + "</p>"
        + "<p class=\"stars\">" + "★".repeat(c.stars()) + "</p>"
        + "<table>"
        + row("Sản phẩm", c.productName()) + row("Chủ thể sản xuất", c.producerName())
        + row("Địa chỉ", c.commune() + ", " + c.province()) + row("Nhóm sản phẩm", c.productGroup())
        + row("Hạng", c.stars() + " sao") + row("Mã sản phẩm", c.productCode())
        + row("Số giấy chứng nhận", c.certificateNumber()) + row("Ngày cấp", DATE.format(c.issuedOn()))
        + row("Có hiệu lực đến", DATE.format(c.validUntil()))
        + "</table>";
  }

  private static String row(String label, String value) {
    return "<tr><th>" + escape(label) + "</th><td>" + escape(value) + "</td></tr>";
  }

  private static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  private static ResponseEntity<String> html(HttpStatus status, String title, String body) {
    String page = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + escape(title) + " – Tra cứu sản phẩm OCOP</title><style>"
        + "body{font-family:sans-serif;max-width:40em;margin:1em auto;padding:0 1em;color:#222}"
        + "h1{font-size:1.4em}.ok{color:#0a6b2d;font-weight:bold}.warn{color:#b00020;font-weight:bold}"
        + ".stars{color:#d4a106;font-size:2em;margin:0}th{text-align:left;padding-right:1em;vertical-align:top}"
        + "</style></head><body><h1>Tra cứu sản phẩm OCOP</h1>" + body
        + "<p><small>Chương trình Mỗi xã một sản phẩm (OCOP).</small></p></body></html>";
    return ResponseEntity.status(status).contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .header("X-Content-Type-Options", "nosniff")
        .body(page);
  }
}

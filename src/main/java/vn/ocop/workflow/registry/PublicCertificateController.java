package vn.ocop.workflow.registry;

import vn.ocop.workflow.common.QrCodes;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Public verification of OCOP certificates, without login: anyone holding a product's code (printed
 * with the QR code on its label) can check that its certificate is real and current.
 */
@RestController
@RequestMapping("/api/public/certificates")
class PublicCertificateController {

  private final Registry registry;
  private final QrCodes qrCodes;
  private final String publicBaseUrl;

  PublicCertificateController(Registry registry, QrCodes qrCodes, @Value("${ocop.public-base-url:}") String publicBaseUrl) {
    this.registry = registry;
    this.qrCodes = qrCodes;
    this.publicBaseUrl = publicBaseUrl;
  }

  @GetMapping("/{productCode}")
  PublicCertificate certificate(@PathVariable String productCode) {
    return PublicCertificate.of(found(productCode), registry);
  }

  @GetMapping(value = "/{productCode}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> qrCode(@PathVariable String productCode) {
    CertificateEntry entry = found(productCode);
    return ResponseEntity.ok().cacheControl(CacheControl.noCache())
        .body(qrCodes.png(pageUrl(entry.productCode())));
  }

  /** The catalogue of valid certified products, filtered and paged. */
  @GetMapping
  Registry.Page<PublicCertificate> catalogue(@RequestParam(required = false) String province,
      @RequestParam(required = false) String productGroup, @RequestParam(required = false) String stars,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    Registry.Page<CertificateEntry> entries = registry.certificates(PublicParameters.unitCode(province),
        PublicParameters.productGroup(productGroup), PublicParameters.stars(stars), "VALID", null,
        PublicParameters.number(page, "page", 0, 0, 100000),
        PublicParameters.number(size, "size", 20, 1, PublicParameters.MAX_PAGE_SIZE));
    return new Registry.Page<>(entries.items().stream().map(e -> PublicCertificate.of(e, registry)).toList(),
        entries.page(), entries.size(), entries.total());
  }

  @ExceptionHandler(PublicRequestException.class)
  ResponseEntity<Map<String, String>> refused(PublicRequestException e) {
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", e.getMessage()));
  }

  private CertificateEntry found(String productCode) {
    String code = PublicParameters.productCode(productCode);
    return registry.current(code).orElseThrow(() -> new PublicRequestException(HttpStatus.NOT_FOUND,
        "Không tìm thấy giấy chứng nhận OCOP nào cho mã sản phẩm " + code + "."));
  }

  /** The public page a scanned label opens. */
  private String pageUrl(String productCode) {
    String base = publicBaseUrl.isBlank()
        ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
        : publicBaseUrl.replaceAll("/+$", "");
    return base + "/ocop/" + productCode;
  }
}

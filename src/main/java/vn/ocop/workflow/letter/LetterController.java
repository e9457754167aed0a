package vn.ocop.workflow.letter;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.ocop.workflow.unit.UnitScope;
import vn.ocop.workflow.unit.AdministrativeUnits;

/**
 * A product's documents for the officers of its units, supervisors and the administrator (the registry's
 * {@link UnitScope}): the list, and each PDF. A product outside the user's units is not found (404).
 */
@RestController
@RequestMapping("/api/products/{productId}/letters")
class LetterController {

  private final LetterStore store;
  private final LetterMapper mapper;
  private final AdministrativeUnits units;

  LetterController(LetterStore store, LetterMapper mapper, AdministrativeUnits units) {
    this.store = store;
    this.mapper = mapper;
    this.units = units;
  }

  @GetMapping
  List<StoredLetter> list(Authentication user, @PathVariable String productId) {
    return store.list(visibleProduct(user, productId));
  }

  @GetMapping("/{documentId}")
  ResponseEntity<byte[]> download(Authentication user, @PathVariable String productId, @PathVariable String documentId) {
    long product = visibleProduct(user, productId);
    StoredLetter document = store.get(product, id(documentId, "documentId"))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy tài liệu " + documentId
            + " của sản phẩm " + productId + "."));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.contentType))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(document.fileName, StandardCharsets.UTF_8).build().toString())
        .body(document.content);
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, String>> refused(ResponseStatusException e) {
    return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getReason() == null ? "" : e.getReason()));
  }

  private long visibleProduct(Authentication user, String productId) {
    if (user == null || !user.isAuthenticated()) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Xin đăng nhập.");
    }
    List<String> groups = user == null ? List.of()
        : user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    UnitScope scope = UnitScope.of(groups, units).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN,
        "Tài khoản của bạn không được xem tài liệu của sản phẩm."));
    long id = id(productId, "productId");
    String commune = mapper.selectCommuneOfProduct(id);
    if (commune == null || !scope.covers(commune, units)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND,
          "Không tìm thấy sản phẩm " + productId + " trong đơn vị của bạn.");
    }
    return id;
  }

  private static long id(String value, String name) {
    try {
      long id = Long.parseLong(value.trim());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Tham số " + name + " phải là số nguyên dương.");
  }
}

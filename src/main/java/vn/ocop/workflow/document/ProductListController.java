package vn.ocop.workflow.document;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.workflow.access.OcopGroups;
import vn.ocop.workflow.access.RequestUser;
import vn.ocop.workflow.unit.AdministrativeUnits;

/**
 * The products a user may open, with their stage, also after their tasks are done: an officer's unit's,
 * a council member's scored ones, every product for supervisors (the newest {@value #LIMIT}).
 */
@RestController
class ProductListController {

  static final int LIMIT = 500;

  private final DocumentAccess access;
  private final DocumentMapper mapper;
  private final AdministrativeUnits units;

  ProductListController(DocumentAccess access, DocumentMapper mapper, AdministrativeUnits units) {
    this.access = access;
    this.mapper = mapper;
    this.units = units;
  }

  record ProductItem(long id, String name, String productCode, String communeName, String producerName,
      String stage) {
  }

  @GetMapping("/api/products")
  List<ProductItem> products(HttpServletRequest request) {
    RequestUser user = RequestUser.of(request);
    if (user.anonymous()) {
      throw new DocumentRefusal(HttpStatus.UNAUTHORIZED, "Cần đăng nhập.");
    }
    List<String> communes = access.communesInReach(user);
    List<DocumentMapper.ProductSummary> products;
    if (communes == null) {
      products = mapper.selectProducts(null, LIMIT);
    } else if (!communes.isEmpty()) {
      products = mapper.selectProducts(communes, LIMIT);
    } else if (user.groupIds().contains(OcopGroups.COUNCIL_MEMBERS)) {
      products = mapper.selectScoredProducts(user.id(), LIMIT);
    } else {
      throw new DocumentRefusal(HttpStatus.FORBIDDEN, "Bạn không theo dõi hồ sơ sản phẩm nào.");
    }
    return products.stream().map(p -> new ProductItem(p.id(), p.name(), p.productCode(),
        units.find(p.communeCode()).map(u -> u.name()).orElse(p.communeCode()), p.producerName(),
        p.stage())).toList();
  }

  @ExceptionHandler(DocumentRefusal.class)
  ResponseEntity<java.util.Map<String, String>> refused(DocumentRefusal refusal) {
    return ResponseEntity.status(refusal.status).contentType(MediaType.APPLICATION_JSON)
        .body(java.util.Map.of("message", refusal.getMessage()));
  }
}

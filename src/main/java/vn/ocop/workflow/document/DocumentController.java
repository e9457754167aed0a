package vn.ocop.workflow.document;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ocop.workflow.access.EngineUser;
import vn.ocop.workflow.access.RequestUser;
import vn.ocop.workflow.product.ProductContext;
import vn.ocop.workflow.product.ProductRow;
import vn.ocop.workflow.product.ProductStage;
import vn.ocop.workflow.product.ProductStages;
import vn.ocop.workflow.product.ProductTimeline;
import vn.ocop.workflow.product.Products;
import vn.ocop.workflow.product.TimelineEntry;

/**
 * The documents of a product's dossier for officers, council members and supervisors, each within their reach
 * ({@link DocumentAccess}): the dossier with its checklist and story, adding a document, reading one. Tasklist
 * calls it with the webapp's session (and its XSRF token for an upload), other clients with HTTP Basic.
 */
@RestController
@RequestMapping("/api/products/{productId}/documents")
class DocumentController {

  static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String CSRF_HEADER = "X-XSRF-TOKEN";

  private final Documents documents;
  private final DocumentAccess access;
  private final Products products;
  private final ProductStages stages;
  private final ProductTimeline timeline;

  DocumentController(Documents documents, DocumentAccess access, Products products, ProductStages stages,
      ProductTimeline timeline) {
    this.documents = documents;
    this.access = access;
    this.products = products;
    this.stages = stages;
    this.timeline = timeline;
  }

  record DocumentView(long id, String kind, String kindLabel, String fileName, String contentType, long sizeBytes,
      String uploadedBy, LocalDateTime uploadedAt, boolean inline, String url) {
  }

  record ChecklistItem(String kind, String label, boolean required, boolean present, List<DocumentView> documents) {
  }

  record TimelineView(LocalDateTime occurredAt, String stage, String unitLevel, String kind, String author,
      String text) {
  }

  record DossierView(long productId, String productName, String productCode, String producerName,
      String communeName, String stage, String checklistTitle, boolean complete, boolean canUpload,
      long maxBytes, List<ChecklistItem> checklist, List<DocumentMapper.DossierSummary> dossiers,
      List<DocumentMapper.CertificateSummary> certificates, List<TimelineView> timeline) {
  }

  @GetMapping
  DossierView dossier(HttpServletRequest request, @PathVariable String productId) {
    Reach reach = reach(request, productId);
    long id = reach.product.id;
    ProductContext context = products.context(id);
    ProductStage stage = stages.of(id);
    DossierChecklist checklist = documents.checklist(id);
    List<ChecklistItem> items = documents.byKind(id, checklist).entrySet().stream()
        .map(entry -> new ChecklistItem(entry.getKey().name(), entry.getKey().label,
            checklist.required.contains(entry.getKey()), !entry.getValue().isEmpty(),
            entry.getValue().stream().map(row -> view(row)).toList()))
        .toList();
    boolean complete = items.stream().allMatch(item -> !item.required() || item.present());
    List<TimelineView> story = timeline.ofProduct(id).stream()
        .map(e -> new TimelineView(e.occurredAt(), e.stage(), e.unitLevel(), e.kind(), e.author(), e.text()))
        .toList();
    return new DossierView(id, context.productName(), context.productCode(), context.producerName(),
        context.communeName(), stage == null ? null : stage.name(), checklist.title, complete,
        reach.right == DocumentAccess.Right.WRITE, documents.maxBytes(), items, documents.dossiers(id),
        documents.certificates(id), story);
  }

  @PostMapping
  ResponseEntity<DocumentView> upload(HttpServletRequest request, @PathVariable String productId,
      @RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file)
      throws IOException {
    Reach reach = reach(request, productId);
    if (reach.right != DocumentAccess.Right.WRITE) {
      throw new DocumentRefusal(HttpStatus.FORBIDDEN, "Bạn chỉ được xem, không được thêm tài liệu vào hồ sơ này.");
    }
    checkCsrf(request);
    if (file == null) {
      throw new DocumentRefusal(HttpStatus.BAD_REQUEST, "Chọn tệp cần tải lên.");
    }
    if (file.getSize() > documents.maxBytes()) {
      throw Documents.tooLarge(documents.maxBytes());
    }
    DocumentRow row = documents.upload(reach.product.id, kind, file.getOriginalFilename(), file.getBytes(),
        reach.user.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(row));
  }

  @GetMapping("/{documentId}/content")
  ResponseEntity<byte[]> content(HttpServletRequest request, @PathVariable String productId,
      @PathVariable String documentId) {
    Reach reach = reach(request, productId);
    DocumentRow row = documentId.matches("[0-9]{1,18}")
        ? documents.document(reach.product.id, Long.parseLong(documentId)) : null;
    if (row == null) {
      throw DocumentRefusal.notFound();
    }
    byte[] content = documents.content(row);
    if (content == null) {
      throw new IllegalStateException("Document " + row.id + " has no content under " + row.contentKey);
    }
    ContentDisposition disposition = (ContentTypes.inline(row.contentType) ? ContentDisposition.inline()
        : ContentDisposition.attachment()).filename(row.fileName, StandardCharsets.UTF_8).build();
    ResponseEntity.BodyBuilder response = ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(row.contentType))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    if (!ContentTypes.inline(row.contentType)) {
      // office documents are downloaded, never run (PDF and images are shown by the browser's own viewer)
      response.header("Content-Security-Policy", "sandbox; default-src 'none'");
    }
    return response
        .body(content);
  }

  private record Reach(RequestUser user, ProductRow product, DocumentAccess.Right right) {
  }

  /** The user and the product if the user may read it; otherwise 401 (no login) or 404 (not theirs). */
  private Reach reach(HttpServletRequest request, String productId) {
    RequestUser user = RequestUser.of(request);
    if (user.anonymous()) {
      throw new DocumentRefusal(HttpStatus.UNAUTHORIZED, "Cần đăng nhập.");
    }
    ProductRow product = productId.matches("[0-9]{1,18}") ? products.byId(Long.parseLong(productId)) : null;
    if (product == null) {
      throw DocumentRefusal.notFound();
    }
    DocumentAccess.Right right = access.of(user, product.id, product.communeCode);
    if (right == DocumentAccess.Right.NONE) {
      throw DocumentRefusal.notFound();
    }
    return new Reach(user, product, right);
  }

  /** An upload by the webapp's session must carry the session's XSRF token, as Tasklist sends it. */
  private static void checkCsrf(HttpServletRequest request) {
    Object basic = SecurityContextHolder.getContext().getAuthentication() == null ? null
        : SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    if (basic instanceof EngineUser) {
      return;
    }
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    String sent = request.getHeader(CSRF_HEADER);
    if (expected == null || sent == null || !MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8),
        sent.getBytes(StandardCharsets.UTF_8))) {
      throw new DocumentRefusal(HttpStatus.FORBIDDEN, "Phiên làm việc đã hết hạn: hãy tải lại trang rồi thử lại.");
    }
  }

  private static DocumentView view(DocumentRow row) {
    DocumentKind kind = DocumentKind.valueOf(row.kind);
    return new DocumentView(row.id, row.kind, kind.label, row.fileName, row.contentType, row.sizeBytes,
        row.uploadedBy, row.uploadedAt, ContentTypes.inline(row.contentType),
        "/api/products/" + row.productId + "/documents/" + row.id + "/content");
  }

  @ExceptionHandler(DocumentRefusal.class)
  ResponseEntity<Map<String, String>> refused(DocumentRefusal refusal) {
    return ResponseEntity.status(refusal.status).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", refusal.getMessage()));
  }
}

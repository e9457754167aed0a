package vn.ocop.workflow.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.product.ProductStage;
import vn.ocop.workflow.product.ProductStages;
import vn.ocop.workflow.product.ProductTimeline;
import vn.ocop.workflow.product.TimelineEntry;

/** The documents of a product's dossier: its checklist, adding a document, reading one back. */
@Component
public class Documents {

  private final DocumentMapper mapper;
  private final DocumentStore store;
  private final ProductStages stages;
  private final ProductTimeline timeline;
  private final long maxBytes;

  Documents(DocumentMapper mapper, DocumentStore store, ProductStages stages,
      ProductTimeline timeline, @Value("${ocop.documents.max-bytes:20971520}") long maxBytes) {
    this.mapper = mapper;
    this.store = store;
    this.stages = stages;
    this.timeline = timeline;
    this.maxBytes = maxBytes;
  }

  long maxBytes() {
    return maxBytes;
  }

  /** The checklist that applies to the product now. */
  DossierChecklist checklist(long productId) {
    ProductStage stage = stages.of(productId);
    return DossierChecklist.of(stage == null ? null : stage.name(), mapper.selectLatestDossierType(productId));
  }

  List<DocumentMapper.DossierSummary> dossiers(long productId) {
    return mapper.selectDossiers(productId);
  }

  List<DocumentMapper.CertificateSummary> certificates(long productId) {
    return mapper.selectCertificates(productId);
  }

  List<DocumentRow> list(long productId) {
    return mapper.selectDocuments(productId);
  }

  /**
   * The labels of the required documents the product lacks (empty: nothing missing): those of its checklist,
   * and with {@code withCommuneProposal} also the commune's proposal and report (Art. 6.2 a, b).
   */
  public List<String> missing(long productId, boolean withCommuneProposal) {
    Set<String> present = new HashSet<>(mapper.selectKinds(productId));
    List<DocumentKind> required = new ArrayList<>(checklist(productId).required);
    if (withCommuneProposal) {
      required.addAll(DossierChecklist.COMMUNE_PROPOSAL);
    }
    return required.stream().filter(kind -> !present.contains(kind.name())).map(kind -> kind.label).toList();
  }

  /** The checklist's kinds, each with the documents of that kind, in order; other kinds the product has after. */
  Map<DocumentKind, List<DocumentRow>> byKind(long productId, DossierChecklist checklist) {
    Map<DocumentKind, List<DocumentRow>> byKind = new LinkedHashMap<>();
    checklist.kinds().forEach(kind -> byKind.put(kind, new ArrayList<>()));
    for (DocumentRow row : list(productId)) {
      byKind.computeIfAbsent(DocumentKind.valueOf(row.kind), k -> new ArrayList<>()).add(row);
    }
    return byKind;
  }

  /**
   * Adds a document: refused (nothing stored) if empty, too large or of a type a dossier does not take,
   * judged from its bytes. The bytes, the row and the line of the product's timeline are written in one
   * transaction.
   */
  @Transactional
  public DocumentRow upload(long productId, String kindText, String fileName, byte[] content, String userId) {
    DocumentKind kind = DocumentKind.parse(kindText);
    if (kind == null) {
      throw new DocumentRefusal(HttpStatus.BAD_REQUEST, "Chọn loại tài liệu trong danh mục hồ sơ.");
    }
    if (content == null || content.length == 0) {
      throw new DocumentRefusal(HttpStatus.BAD_REQUEST, "Tệp trống: chọn một tệp có nội dung.");
    }
    if (content.length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    String name = cleanName(fileName);
    String contentType = ContentTypes.detect(content, name);
    if (!ContentTypes.accepted(contentType)) {
      throw new DocumentRefusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ContentTypes.REFUSAL);
    }
    DocumentRow row = new DocumentRow();
    row.productId = productId;
    row.kind = kind.name();
    row.fileName = name;
    row.contentType = contentType;
    row.sizeBytes = content.length;
    row.contentKey = store.put(content);
    row.uploadedBy = userId;
    row.uploadedAt = EngineClock.dateTime();
    mapper.insertDocument(row);
    ProductStage stage = stages.of(productId);
    timeline.record(new TimelineEntry(null, productId, null, stage == null ? null : stage.name(), null,
        "DOCUMENT_ADDED", userId, "Thêm tài liệu «" + kind.label + "»: " + name, null, null));
    return row;
  }

  static DocumentRefusal tooLarge(long maxBytes) {
    return new DocumentRefusal(HttpStatus.PAYLOAD_TOO_LARGE,
        "Tệp quá lớn: mỗi tệp tối đa " + (maxBytes / (1024 * 1024)) + " MB. Hãy nén hoặc tách tệp.");
  }

  DocumentRow document(long productId, long documentId) {
    return mapper.selectDocument(productId, documentId);
  }

  byte[] content(DocumentRow document) {
    return store.get(document.contentKey);
  }

  /** The file name without a path, control characters or quotes, at most 200 characters. */
  static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}\"\\p{Cf}]", "").strip();
    if (name.isEmpty()) {
      name = "tai-lieu";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}

package vn.ocop.workflow.document;

import java.time.LocalDateTime;

/** A row of {@code ocop_document}: one document of a product's dossier; its bytes are in the {@link DocumentStore}. */
public class DocumentRow {
  public Long id;
  public long productId;
  public String kind;
  public String fileName;
  public String contentType;
  public long sizeBytes;
  public String contentKey;
  public String uploadedBy;
  public LocalDateTime uploadedAt;
}

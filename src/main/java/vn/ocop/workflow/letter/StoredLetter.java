package vn.ocop.workflow.letter;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDateTime;

/** A document kept with a product ({@code content} only when it was asked for). */
public class StoredLetter {
  public Long id;
  public long productId;
  public Long dossierId;
  public String kind;
  public String title;
  public String fileName;
  public String contentType;
  @JsonIgnore
  public byte[] content;
  public int sizeBytes;
  public LocalDateTime createdAt;
  public String createdBy;
}

package vn.ocop.workflow.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of {@code ocop_dossier}: one registration for evaluation (FIRST, UPGRADE or RE_EVALUATION). */
public class DossierRow {
  public Long id;
  public Long productId;
  public String dossierType;
  public LocalDate receivedOn;
  public String regime;
  public Integer sampleCount;
  public String processInstanceId;
  public String status;
  public BigDecimal averageScore;
  public Integer starRank;
  public LocalDateTime createdAt;
  public LocalDateTime updatedAt;
}

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
  /** The day the commune proposed it (Art. 5.1 QĐ 26/2026/QĐ-TTg): the province's round; null before. */
  public LocalDate proposedOn;
  /** The day the province proposed it to the Ministry for 5 stars (Art. 5.2): the Ministry's round. */
  public LocalDate ministryProposedOn;
  public LocalDateTime createdAt;
  public LocalDateTime updatedAt;
}

package vn.ocop.workflow.evaluation;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A row of {@code ocop_evaluation_result}: the tally of one scoring round. */
public class EvaluationResultRow {
  public Long id;
  public long dossierId;
  public String councilLevel;
  public int scoringRound;
  public int memberCount;
  public int presentCount;
  public BigDecimal averageScore;
  public BigDecimal spread;
  public Integer minimaCapStars;
  public boolean disqualified;
  public LocalDateTime createdAt;
}

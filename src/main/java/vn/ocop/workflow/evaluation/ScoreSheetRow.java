package vn.ocop.workflow.evaluation;

import java.time.LocalDateTime;

/** A row of {@code ocop_score_sheet}: one council member's sheet in one scoring round. */
public class ScoreSheetRow {
  public Long id;
  public long dossierId;
  public String councilLevel;
  public int scoringRound;
  public String memberId;
  public boolean chair;
  public int productSet;
  public Boolean absent;
  public Integer total;
  public Integer minimaCapStars;
  public Boolean disqualifiedOpinion;
  public String memberComment;
  public LocalDateTime submittedAt;
}

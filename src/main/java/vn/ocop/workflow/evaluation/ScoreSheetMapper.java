package vn.ocop.workflow.evaluation;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Council score sheets, their items and the tallies ({@code ocop_score_sheet*}, {@code ocop_evaluation_result}). */
@Mapper
public interface ScoreSheetMapper {

  void insertSheet(ScoreSheetRow sheet);

  ScoreSheetRow selectSheet(@Param("dossierId") long dossierId, @Param("councilLevel") String councilLevel,
      @Param("scoringRound") int scoringRound, @Param("memberId") String memberId);

  List<ScoreSheetRow> selectSheets(@Param("dossierId") long dossierId, @Param("councilLevel") String councilLevel,
      @Param("scoringRound") int scoringRound);

  int updateSubmission(ScoreSheetRow sheet);

  int deleteItems(long sheetId);

  void insertItem(@Param("sheetId") long sheetId, @Param("criterionCode") String criterionCode,
      @Param("optionCode") String optionCode, @Param("points") int points);

  List<ScoredItem> selectItems(long sheetId);

  void insertResult(EvaluationResultRow result);

  List<EvaluationResultRow> selectResults(long dossierId);

  /** One stored answer of a sheet. */
  record ScoredItem(String criterionCode, String optionCode, int points) {
  }
}

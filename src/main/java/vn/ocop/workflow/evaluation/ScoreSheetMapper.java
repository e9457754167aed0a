package vn.ocop.workflow.evaluation;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.ocop.workflow.criteria.ScoredSheet;

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

  /** A sheet's answers in one statement (a sheet has 25 to 40 criteria). */
  void insertItems(@Param("sheetId") long sheetId, @Param("items") List<ScoredSheet.Choice> items);

  List<ScoredItem> selectItems(long sheetId);

  void insertResult(EvaluationResultRow result);

  List<EvaluationResultRow> selectResults(long dossierId);

  /** One stored answer of a sheet. */
  record ScoredItem(String criterionCode, String optionCode, int points) {
  }
}

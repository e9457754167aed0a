package vn.ocop.workflow.evaluation;

import static vn.ocop.workflow.evaluation.EvaluationVariables.DISQUALIFIED_OPINION;
import static vn.ocop.workflow.evaluation.EvaluationVariables.MEMBER_ABSENT;
import static vn.ocop.workflow.evaluation.EvaluationVariables.MEMBER_COMMENT;
import static vn.ocop.workflow.evaluation.EvaluationVariables.SCORE_SHEET;
import static vn.ocop.workflow.evaluation.EvaluationVariables.SCORE_SHEET_FORM_ID;
import static vn.ocop.workflow.evaluation.EvaluationVariables.SCORING_ROUND;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.criteria.ScoredSheet;
import vn.ocop.workflow.criteria.SheetScorer;
import vn.ocop.workflow.form.FormValidationException;
import vn.ocop.workflow.form.FormValues;

/**
 * On completing Task_ScoreProduct: stores the member's sheet (absent, or every criterion's option with
 * the total and minima cap the server computes from the criteria data). A sheet with an unanswered
 * criterion is refused and nothing is stored.
 */
@Component("scoreSheetListener")
class ScoreSheetListener implements TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ScoreSheetMapper mapper;
  private final SheetScorer scorer;

  ScoreSheetListener(ScoreSheetMapper mapper, SheetScorer scorer) {
    this.mapper = mapper;
    this.scorer = scorer;
  }

  @Override
  public void notify(DelegateTask task) {
    long dossierId = EvaluationVariables.dossierId(task);
    int round = ((Number) task.getVariable(SCORING_ROUND)).intValue();
    ScoreSheetRow sheet = mapper.selectSheet(dossierId, CouncilLevel.PROVINCE.name(), round, task.getAssignee());
    if (sheet == null) {
      throw new IllegalStateException("No score sheet for " + task.getAssignee() + " in round " + round
          + " of dossier " + dossierId);
    }
    FormValues values = new FormValues(task::getVariable);
    sheet.absent = values.isTrue(MEMBER_ABSENT);
    sheet.memberComment = values.text(MEMBER_COMMENT);
    sheet.submittedAt = EngineClock.dateTime();
    mapper.deleteItems(sheet.id);
    if (sheet.absent) {
      sheet.total = null;
      sheet.minimaCapStars = null;
      sheet.disqualifiedOpinion = null;
    } else {
      ScoredSheet scored = score(sheet.productSet, task.getVariable(SCORE_SHEET), task);
      sheet.total = scored.total();
      sheet.minimaCapStars = scored.minimaCapStars();
      sheet.disqualifiedOpinion = values.isTrue(DISQUALIFIED_OPINION);
      if (sheet.disqualifiedOpinion && !scorer.hasDisqualificationGrounds(sheet.productSet)) {
        throw new FormValidationException(String.valueOf(task.getVariable(SCORE_SHEET_FORM_ID)),
            List.of("Bộ tiêu chí của sản phẩm này không có trường hợp bị loại: không chọn «Hồ sơ thuộc trường hợp bị loại»."));
      }
      if (!scored.choices().isEmpty()) {
        mapper.insertItems(sheet.id, scored.choices());
      }
    }
    mapper.updateSubmission(sheet);
  }

  private ScoredSheet score(int productSet, Object submitted, DelegateTask task) {
    Map<String, String> answers = new HashMap<>();
    if (submitted != null) {
      try {
        JsonNode node = JSON.readTree(submitted.toString());
        node.fields().forEachRemaining(entry -> answers.put(entry.getKey(), entry.getValue().asText()));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        answers.clear();
      }
    }
    try {
      return scorer.score(productSet, answers);
    } catch (IllegalArgumentException e) {
      throw new FormValidationException(String.valueOf(task.getVariable(SCORE_SHEET_FORM_ID)), List.of(e.getMessage()));
    }
  }
}

package vn.ocop.workflow.evaluation;

import static vn.ocop.workflow.evaluation.EvaluationVariables.AVERAGE_SCORE;
import static vn.ocop.workflow.evaluation.EvaluationVariables.DISQUALIFIED;
import static vn.ocop.workflow.evaluation.EvaluationVariables.MINIMA_CAP_STARS;
import static vn.ocop.workflow.evaluation.EvaluationVariables.QUORUM_MET;
import static vn.ocop.workflow.evaluation.EvaluationVariables.SCORES_DIVERGE;
import static vn.ocop.workflow.evaluation.EvaluationVariables.SCORING_ROUND;
import static vn.ocop.workflow.evaluation.EvaluationVariables.TALLY_SUMMARY;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.letter.ProductDocuments;

/** Task_TallyScores: counts a scoring round (see {@link CouncilTally}) and stores the result. */
@Component("tallyScoresDelegate")
class TallyScoresDelegate implements JavaDelegate {

  private final ScoreSheetMapper mapper;
  private final ProductDocuments documents;
  private final CouncilRules rules;

  TallyScoresDelegate(ScoreSheetMapper mapper, ProductDocuments documents, CouncilRules rules) {
    this.mapper = mapper;
    this.documents = documents;
    this.rules = rules;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long dossierId = EvaluationVariables.dossierId(execution);
    int round = ((Number) execution.getVariable(SCORING_ROUND)).intValue();
    List<ScoreSheetRow> sheets = mapper.selectSheets(dossierId, CouncilLevel.PROVINCE.name(), round);
    CouncilTally tally = CouncilTally.of(sheets, rules);

    EvaluationResultRow result = new EvaluationResultRow();
    result.dossierId = dossierId;
    result.councilLevel = CouncilLevel.PROVINCE.name();
    result.scoringRound = round;
    result.memberCount = tally.memberCount();
    result.presentCount = tally.presentCount();
    result.averageScore = tally.average();
    result.spread = tally.spread();
    result.minimaCapStars = tally.minimaCapStars();
    result.disqualified = tally.disqualified();
    result.createdAt = EngineClock.dateTime();
    mapper.insertResult(result);
    documents.scoreSummary(dossierId, CouncilLevel.PROVINCE.name(), round);

    execution.setVariable(QUORUM_MET, tally.quorumMet());
    execution.setVariable(SCORES_DIVERGE, tally.quorumMet() && tally.diverges() && rules.mayRescoreAfter(round));
    execution.setVariable(AVERAGE_SCORE, tally.average() == null ? null : tally.average().doubleValue());
    execution.setVariable(MINIMA_CAP_STARS, tally.minimaCapStars());
    execution.setVariable(DISQUALIFIED, tally.disqualified());
    execution.setVariable(TALLY_SUMMARY, tally.summary(round));
  }
}

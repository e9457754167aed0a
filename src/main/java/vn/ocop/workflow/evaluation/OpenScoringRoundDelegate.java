package vn.ocop.workflow.evaluation;

import static vn.ocop.workflow.evaluation.EvaluationVariables.COUNCIL_CHAIR;
import static vn.ocop.workflow.evaluation.EvaluationVariables.COUNCIL_MEMBERS;
import static vn.ocop.workflow.product.ProductVariables.PRODUCT_SET;
import static vn.ocop.workflow.evaluation.EvaluationVariables.SCORING_ROUND;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Task_OpenScoringRound: starts a scoring round (the first, or a re-scoring after diverging totals or a
 * missed quorum) with one empty sheet per member convened, and the member list the multi-instance
 * scoring task runs over ({@code scoringMembers}).
 */
@Component("openScoringRoundDelegate")
class OpenScoringRoundDelegate implements JavaDelegate {

  static final String SCORING_MEMBERS = EvaluationVariables.SCORING_MEMBERS;

  private final ScoreSheetMapper mapper;

  OpenScoringRoundDelegate(ScoreSheetMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long dossierId = EvaluationVariables.dossierId(execution);
    int productSet = Integer.parseInt(execution.getVariable(PRODUCT_SET).toString());
    Object previous = execution.getVariable(SCORING_ROUND);
    int round = previous == null ? 1 : ((Number) previous).intValue() + 1;
    String chair = execution.getVariable(COUNCIL_CHAIR).toString();
    List<String> members = CouncilMembers.ids(execution.getVariable(COUNCIL_MEMBERS));
    for (String member : members) {
      ScoreSheetRow sheet = new ScoreSheetRow();
      sheet.dossierId = dossierId;
      sheet.councilLevel = CouncilLevel.PROVINCE.name();
      sheet.scoringRound = round;
      sheet.memberId = member;
      sheet.chair = member.equals(chair);
      sheet.productSet = productSet;
      mapper.insertSheet(sheet);
    }
    execution.setVariable(SCORING_ROUND, round);
    execution.setVariable(SCORING_MEMBERS, Variables.objectValue(new ArrayList<>(members))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }
}

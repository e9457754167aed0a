package vn.ocop.workflow.certificate;

import static vn.ocop.workflow.certificate.LifecycleVariables.OPINIONS_DIVERGE;
import static vn.ocop.workflow.certificate.LifecycleVariables.OPINION_SUMMARY;
import static vn.ocop.workflow.certificate.LifecycleVariables.RE_EVALUATION_STARS;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.evaluation.EvaluationVariables;

/**
 * Task_TallyWrittenOpinions: the council agrees when every written opinion proposes the same stars
 * (then that is the result); otherwise the opinions diverge and the council meets (Art. 7.6.d).
 */
@Component("tallyWrittenOpinionsDelegate")
class TallyWrittenOpinionsDelegate implements JavaDelegate {

  private final CertificateMapper mapper;

  TallyWrittenOpinionsDelegate(CertificateMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<WrittenOpinion> opinions = mapper.selectOpinions(EvaluationVariables.dossierId(execution));
    if (opinions.isEmpty()) {
      throw new IllegalStateException("No written opinion for dossier " + EvaluationVariables.dossierId(execution));
    }
    List<Integer> stars = opinions.stream().map(WrittenOpinion::proposedStars).distinct().toList();
    boolean diverge = stars.size() > 1;
    execution.setVariable(OPINIONS_DIVERGE, diverge);
    if (!diverge) {
      // when they diverge, the council's meeting sets it (a Null-typed variable would keep Tasklist from setting it)
      execution.setVariable(RE_EVALUATION_STARS, stars.get(0));
    }
    execution.setVariable(OPINION_SUMMARY, opinions.stream()
        .map(o -> o.memberId() + ": " + o.proposedStars() + " sao")
        .collect(Collectors.joining("; ")));
  }
}

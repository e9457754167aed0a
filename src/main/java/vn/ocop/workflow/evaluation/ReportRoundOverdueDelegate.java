package vn.ocop.workflow.evaluation;

import java.text.SimpleDateFormat;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.product.ProductTimeline;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.product.TimelineEntry;

/**
 * Task_ReportRoundOverdue: the round's deadline passed before the council was convened. Records it on
 * the dossier for the province and supervisors; the convening task stays open.
 */
@Component("reportRoundOverdueDelegate")
class ReportRoundOverdueDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ReportRoundOverdueDelegate.class);
  private final ProductTimeline timeline;

  ReportRoundOverdueDelegate(ProductTimeline timeline) {
    this.timeline = timeline;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long dossierId = EvaluationVariables.dossierId(execution);
    Date deadline = (Date) execution.getVariable(EvaluationVariables.ROUND_DEADLINE);
    String text = "Đã quá hạn " + execution.getVariable(EvaluationVariables.ROUND_NAME) + " ("
        + new SimpleDateFormat("dd/MM/yyyy").format(deadline) + ") mà Hội đồng cấp tỉnh chưa đánh giá hồ sơ "
        + execution.getVariable(EvaluationVariables.REGISTRATION_NUMBER) + ".";
    timeline.record(TimelineEntry.of(ProductVariables.productId(execution), "ROUND_OVERDUE", text)
        .atLevel(CouncilLevel.PROVINCE.name()).ofDossier(dossierId));
    LOG.warn("Evaluation round deadline passed for dossier {} ({})", dossierId, execution.getProcessBusinessKey());
  }
}

package vn.ocop.workflow.evaluation;

import java.text.SimpleDateFormat;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.dossier.DossierNote;

/**
 * Task_ReportRoundOverdue: the round's deadline passed before the council was convened. Records it on
 * the dossier for the province and supervisors; the convening task stays open.
 */
@Component("reportRoundOverdueDelegate")
class ReportRoundOverdueDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ReportRoundOverdueDelegate.class);
  private final DossierMapper mapper;

  ReportRoundOverdueDelegate(DossierMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long dossierId = EvaluationVariables.dossierId(execution);
    Date deadline = (Date) execution.getVariable(EvaluationVariables.ROUND_DEADLINE);
    String text = "Đã quá hạn " + execution.getVariable(EvaluationVariables.ROUND_NAME) + " ("
        + new SimpleDateFormat("dd/MM/yyyy").format(deadline) + ") mà Hội đồng cấp tỉnh chưa đánh giá hồ sơ "
        + execution.getVariable(EvaluationVariables.REGISTRATION_NUMBER) + ".";
    mapper.insertNote(new DossierNote(null, dossierId, LocalDateTime.now(), CouncilLevel.PROVINCE.name(),
        "ROUND_OVERDUE", null, text));
    LOG.warn("Evaluation round deadline passed for dossier {} ({})", dossierId, execution.getProcessBusinessKey());
  }
}

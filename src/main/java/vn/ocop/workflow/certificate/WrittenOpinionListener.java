package vn.ocop.workflow.certificate;

import static vn.ocop.workflow.certificate.LifecycleVariables.OPINION_TEXT;
import static vn.ocop.workflow.certificate.LifecycleVariables.PROPOSED_STARS;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.evaluation.EvaluationVariables;

/** On completing Task_GiveWrittenOpinion (validated already): stores the member's written opinion. */
@Component("writtenOpinionListener")
class WrittenOpinionListener implements TaskListener {

  private final CertificateMapper mapper;

  WrittenOpinionListener(CertificateMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public void notify(DelegateTask task) {
    mapper.insertOpinion(new WrittenOpinion(null, EvaluationVariables.dossierId(task), task.getAssignee(),
        Integer.parseInt(task.getVariable(PROPOSED_STARS).toString().trim()),
        task.getVariable(OPINION_TEXT).toString().trim(), EngineClock.dateTime()));
  }
}

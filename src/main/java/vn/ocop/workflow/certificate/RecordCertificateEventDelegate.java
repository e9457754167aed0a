package vn.ocop.workflow.certificate;

import static vn.ocop.workflow.certificate.LifecycleVariables.EVENT_KIND;
import static vn.ocop.workflow.certificate.LifecycleVariables.EVENT_TEXT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_Record… service tasks of the certificate lifecycle: records a notice or a fact about the
 * certificate. The task's input parameters say what: {@code eventKind} and {@code eventText}.
 */
@Component("recordCertificateEventDelegate")
class RecordCertificateEventDelegate implements JavaDelegate {

  private final CertificateEvents events;

  RecordCertificateEventDelegate(CertificateEvents events) {
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    events.record(execution, execution.getVariable(EVENT_KIND).toString(), execution.getVariable(EVENT_TEXT).toString());
  }
}

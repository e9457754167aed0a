package vn.ocop.workflow.form;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The contract of every user task with a Camunda Form, wired once for every model instead of on each
 * task: what is submitted is validated against the task's form ({@link FormValidationListener}) before
 * the task completes, ahead of any listener the model declares. A model therefore declares only its form
 * ({@code camunda:formRef}); the task's name for Tasklist is set for every task by
 * {@code tasklist.TaskPresentation}. The engine's parse listener API is an {@code impl} API: this class is its
 * one use.
 */
@Component
class FormTaskContract extends AbstractProcessEnginePlugin {

  private final ObjectProvider<FormValidationListener> validation;

  FormTaskContract(ObjectProvider<FormValidationListener> validation) {
    this.validation = validation;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new ParseListener(validation));
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** Adds the validation on {@code complete} to each user task that has a Camunda Form. */
  static final class ParseListener extends AbstractBpmnParseListener {

    private final TaskListener validate;

    ParseListener(ObjectProvider<FormValidationListener> validation) {
      this.validate = task -> validation.getObject().notify(task);
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior && hasForm(behavior.getTaskDefinition())) {
        behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, validate);
      }
    }

    private static boolean hasForm(TaskDefinition definition) {
      return definition.getCamundaFormDefinitionKey() != null;
    }
  }
}

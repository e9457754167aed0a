package vn.ocop.workflow.access;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.access.OcopGroups;

/**
 * Where the engine receives a command, whatever the entrance (REST, the webapps' API, the Java API): a
 * command run on a user's behalf (an authentication is set) is refused if no role may give it.
 * <ul>
 *   <li>nobody: starting at or modifying activities, restarting, and a BPMN error or escalation thrown
 *       from a task; these skip the forms and the rules, and no role is granted them;</li>
 *   <li>everyone but the administrator: job retries, attachments, and changes to users (profile,
 *       password, picture, info), which the administrator makes in Admin.</li>
 * </ul>
 * What the application does itself (delegates, timers, {@code AsSystem}) runs without an authentication
 * and is not affected. The engine's command classes are internals: this adapter is the one place that
 * names them, so a move to a maintained fork changes this list only.
 */
@Component
class EngineCommandGuard extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineCommandGuard.class);
  private static final String CMD = "org.camunda.bpm.engine.impl.cmd.";
  static final Set<String> NOBODY = Set.of(
      CMD + "StartProcessInstanceAtActivitiesCmd", CMD + "ModifyProcessInstanceCmd",
      CMD + "ModifyProcessInstanceAsyncCmd", CMD + "ProcessInstanceModificationCmd",
      CMD + "ProcessInstanceModificationBatchCmd", CMD + "RestartProcessInstancesCmd",
      "org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd", CMD + "HandleTaskBpmnErrorCmd", CMD + "HandleTaskEscalationCmd",
      CMD + "HandleExternalTaskBpmnErrorCmd");
  static final Set<String> ADMIN_ONLY = Set.of(
      CMD + "SetJobRetriesCmd", CMD + "SetJobsRetriesBatchCmd", "org.camunda.bpm.engine.impl.SetJobsRetriesByProcessBatchCmd",
      CMD + "CreateAttachmentCmd", CMD + "SaveAttachmentCmd", CMD + "DeleteAttachmentCmd",
      CMD + "SaveUserCmd", CMD + "SetUserPictureCmd", CMD + "DeleteUserPictureCmd", CMD + "SetUserInfoCmd",
      CMD + "DeleteUserInfoCmd");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        with(configuration.getCustomPreCommandInterceptorsTxRequired(), configuration));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), configuration));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> existing,
      ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new java.util.ArrayList<>();
    if (existing != null) {
      interceptors.addAll(existing);
    }
    interceptors.add(new Guard(configuration));
    return interceptors;
  }

  /** Refuses a command in one of the lists when it runs on a user's behalf. */
  static void check(String commandClass, Authentication authentication) {
    if (authentication == null || authentication.getUserId() == null) {
      return;
    }
    boolean admin = authentication.getGroupIds() != null
        && authentication.getGroupIds().contains(OcopGroups.CAMUNDA_ADMIN);
    if (NOBODY.contains(commandClass) || !admin && ADMIN_ONLY.contains(commandClass)) {
      LOG.warn("Refused {} to user {}", commandClass.substring(commandClass.lastIndexOf('.') + 1),
          authentication.getUserId());
      throw new AuthorizationException(ApiErrors.FORBIDDEN);
    }
  }

  private static final class Guard extends CommandInterceptor {
    private final ProcessEngineConfigurationImpl configuration;

    Guard(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      IdentityService identity = configuration.getIdentityService();
      check(command.getClass().getName(), identity == null ? null : identity.getCurrentAuthentication());
      return next.execute(command);
    }
  }
}

package vn.ocop.workflow.cluster;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's side of running several nodes on one database: the node's name becomes the job
 * executor's lock owner (ACT_RU_JOB.LOCK_OWNER_: which node holds a job) and the engine's host name
 * (ACT_HI_JOB_LOG.HOSTNAME_, the metrics reporter: which node ran it); and the {@link SetupLock} is
 * taken before the engine creates or updates its schema, which two nodes must not do at once.
 */
@Component
class NodeEnginePlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(NodeEnginePlugin.class);

  private final SetupLock setupLock;
  private final ObjectProvider<JobExecutor> jobExecutor;
  private final String nodeName;

  NodeEnginePlugin(SetupLock setupLock, ObjectProvider<JobExecutor> jobExecutor,
      @Value("${" + NodeName.PROPERTY + "}") String nodeName) {
    this.setupLock = setupLock;
    this.jobExecutor = jobExecutor;
    this.nodeName = nodeName;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHostname(nodeName);
    JobExecutor executor = configuration.getJobExecutor() != null ? configuration.getJobExecutor()
        : jobExecutor.getIfAvailable();
    if (executor != null) {
      executor.setLockOwner(nodeName);
    }
    LOG.info("Node '{}': job executor lock owner and engine host name", nodeName);
    setupLock.acquire();
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // the starter may hand the engine its job executor after preInit
    if (configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setLockOwner(nodeName);
    }
  }
}

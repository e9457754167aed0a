package vn.ocop.workflow.config;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the process engine's DMN engine the {@link CachingFeelEngine}, through the DMN engine
 * configuration the process engine builds its DMN engine from (Camunda's documented way to configure the
 * DMN engine of a process engine). Every other DMN setting keeps the engine's default.
 */
@Component
public class FeelCachePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    if (dmn == null) {
      dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      configuration.setDmnEngineConfiguration(dmn);
    }
    if (dmn.getFeelEngineFactory() == null && !configuration.isDmnFeelEnableLegacyBehavior()) {
      dmn.setFeelEngineFactory(CachingFeelEngine.factory(configuration.getDmnFeelCustomFunctionProviders()));
    }
  }

  /** The FEEL set-up of the application for a standalone DMN engine (tests, benchmark). */
  public static DefaultDmnEngineConfiguration standaloneConfiguration() {
    DefaultDmnEngineConfiguration dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    dmn.setFeelEngineFactory(CachingFeelEngine.factory(null));
    return dmn;
  }
}

package vn.ocop.workflow.tasklist;

import org.camunda.bpm.engine.rest.hal.cache.HalRelationCacheBootstrap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API's cache of HAL relations (Camunda's documented set-up: the context parameter
 * {@code org.camunda.bpm.engine.rest.hal.cache.config} read by its {@link HalRelationCacheBootstrap}), for
 * process definitions only: every Tasklist list embeds the process definitions of its tasks, which never
 * change under their id, so they are read once an hour instead of on every poll. Users are not cached:
 * a cached user would be shown to whoever asks next, whatever their own grants.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class HalCaches {

  static final String CONFIG = """
      {
        "cacheImplementation": "org.camunda.bpm.engine.rest.hal.cache.DefaultHalResourceCache",
        "caches": {
          "org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition": {
            "capacity": 500,
            "secondsToLive": 3600
          }
        }
      }""";

  @Bean
  ServletContextInitializer halRelationCaches() {
    return context -> {
      context.setInitParameter(HalRelationCacheBootstrap.CONTEXT_PARAM_NAME, CONFIG);
      context.addListener(HalRelationCacheBootstrap.class);
    };
  }
}

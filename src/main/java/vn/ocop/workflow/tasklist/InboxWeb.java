package vn.ocop.workflow.tasklist;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Puts the inbox in front of the engine's filter calls: after the engine APIs' gate (order 15, which has
 * authenticated the user, refused what the role may not do and read the body) and before the form
 * submission filter (20).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class InboxWeb {

  @Bean
  FilterRegistrationBean<InboxFilter> inboxFilter(TaskInbox inbox, TasklistFilters filters, @Lazy ProcessEngine engine,
      MeterRegistry meters, PlatformTransactionManager transactions) {
    FilterRegistrationBean<InboxFilter> registration =
        new FilterRegistrationBean<>(new InboxFilter(inbox, filters, engine, meters, transactions));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(17);
    return registration;
  }
}

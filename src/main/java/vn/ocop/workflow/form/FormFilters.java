package vn.ocop.workflow.form;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The servlet filters in front of the engine's REST APIs: after Spring Security (which sets the REST
 * user on the engine), the error filter outside, the submission filter inside.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class FormFilters {

  static final String[] ENGINE_APIS = {"/engine-rest/*", "/camunda/api/*"};

  @Bean
  FilterRegistrationBean<EngineErrorFilter> engineErrorFilter() {
    FilterRegistrationBean<EngineErrorFilter> registration = new FilterRegistrationBean<>(new EngineErrorFilter());
    registration.addUrlPatterns(ENGINE_APIS);
    registration.setOrder(10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<FormSubmissionFilter> formSubmissionFilter(@Lazy FormService formService,
      @Lazy RepositoryService repositoryService, @Lazy IdentityService identityService, FormCatalog catalog) {
    FilterRegistrationBean<FormSubmissionFilter> registration = new FilterRegistrationBean<>(
        new FormSubmissionFilter(formService, repositoryService, identityService, catalog));
    registration.addUrlPatterns(ENGINE_APIS);
    registration.setOrder(20);
    return registration;
  }
}

package vn.ocop.workflow.access;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gate in front of the engine's HTTP APIs: after the error filter (10), before the form contract (20). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class AccessFilters {

  @Bean
  FilterRegistrationBean<EngineApiGate> engineApiGate() {
    FilterRegistrationBean<EngineApiGate> registration = new FilterRegistrationBean<>(new EngineApiGate());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(15);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappLoginThrottleFilter> webappLoginThrottle(LoginThrottle throttle) {
    FilterRegistrationBean<WebappLoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new WebappLoginThrottleFilter(throttle));
    registration.addUrlPatterns("/camunda/api/*");
    registration.setOrder(16);
    return registration;
  }
}

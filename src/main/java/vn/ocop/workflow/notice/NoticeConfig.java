package vn.ocop.workflow.notice;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox's poll and the daily digest run on Spring's scheduler; the logging SMS gateway unless another. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NoticeSettings.class)
class NoticeConfig {

  @Bean
  @ConditionalOnMissingBean(ShortMessageGateway.class)
  ShortMessageGateway loggingShortMessageGateway() {
    return new LoggingShortMessageGateway();
  }
}

package vn.ocop.workflow.unit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class AdministrativeUnitConfig {

  @Bean
  AdministrativeUnits administrativeUnits(@Value("${ocop.units-file}") Resource file) {
    return AdministrativeUnitFile.read(file);
  }
}

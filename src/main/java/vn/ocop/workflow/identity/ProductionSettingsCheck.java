package vn.ocop.workflow.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In the {@code prod} profile, refuses to start before anything touches the database unless the
 * administrator is named by {@code OCOP_ADMIN_USER} and {@code OCOP_ADMIN_PASSWORD}, and unless the
 * {@code demo} profile (with its well-known passwords) is off.
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor {

  static final List<String> REQUIRED = List.of("OCOP_ADMIN_USER", "OCOP_ADMIN_PASSWORD");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (String variable : REQUIRED) {
      String value = environment.getProperty(variable);
      if (value == null || value.isBlank()) {
        problems.add(variable + " is not set");
      }
    }
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      problems.add("the demo profile is active together with prod");
    }
    if (!problems.isEmpty()) {
      throw new ProductionSettingsException(problems);
    }
  }
}

package vn.ocop.workflow.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * In every profile but {@code demo}, refuses to start before anything touches the database unless the
 * administrator is named by {@code OCOP_ADMIN_USER} and {@code OCOP_ADMIN_PASSWORD}: without them no
 * administrator would exist, and Camunda's set-up page would let anyone create one. In the {@code prod}
 * profile, moreover, the password must meet
 * the password policy that prod turns on (Camunda's default policy: at least 10 characters, upper and
 * lower case, a digit, a special character, not containing the user name), and the {@code demo} profile
 * (with its well-known passwords) is off.
 */
class ProductionSettingsCheck implements EnvironmentPostProcessor {

  static final List<String> REQUIRED = List.of("OCOP_ADMIN_USER", "OCOP_ADMIN_PASSWORD");
  static final int MIN_PASSWORD_LENGTH = 10;

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.acceptsProfiles(Profiles.of("demo")) && !environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    List<String> problems = new ArrayList<>();
    for (String variable : REQUIRED) {
      String value = environment.getProperty(variable);
      if (value == null || value.isBlank()) {
        problems.add(variable + " is not set");
      }
    }
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      if (!problems.isEmpty()) {
        throw new ProductionSettingsException(problems);
      }
      return;
    }
    String user = environment.getProperty("OCOP_ADMIN_USER");
    String password = environment.getProperty("OCOP_ADMIN_PASSWORD");
    if (password != null && !password.isBlank()) {
      weaknesses(user, password).forEach(weakness -> problems.add("OCOP_ADMIN_PASSWORD " + weakness));
    }
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      problems.add("the demo profile is active together with prod");
    }
    if (!problems.isEmpty()) {
      throw new ProductionSettingsException(problems);
    }
  }

  /** What the password lacks under the password policy; empty when it is strong enough. */
  static List<String> weaknesses(String user, String password) {
    List<String> weaknesses = new ArrayList<>();
    if (password.length() < MIN_PASSWORD_LENGTH) {
      weaknesses.add("is shorter than " + MIN_PASSWORD_LENGTH + " characters");
    }
    if (password.chars().noneMatch(Character::isUpperCase) || password.chars().noneMatch(Character::isLowerCase)) {
      weaknesses.add("needs upper and lower case letters");
    }
    if (password.chars().noneMatch(Character::isDigit)) {
      weaknesses.add("needs a digit");
    }
    if (password.chars().allMatch(Character::isLetterOrDigit)) {
      weaknesses.add("needs a special character");
    }
    if (user != null && !user.isBlank() && password.toLowerCase(java.util.Locale.ROOT)
        .contains(user.trim().toLowerCase(java.util.Locale.ROOT))) {
      weaknesses.add("must not contain the user name");
    }
    return weaknesses;
  }
}

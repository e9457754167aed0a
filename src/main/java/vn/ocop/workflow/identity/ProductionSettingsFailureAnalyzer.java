package vn.ocop.workflow.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link ProductionSettingsException} into Spring Boot's short "APPLICATION FAILED TO START" report. */
class ProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettingsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingsException cause) {
    return new FailureAnalysis(
        "Only the demo profile has default credentials; this start cannot go on: "
            + String.join("; ", cause.problems()) + ".",
        "Set the environment variables " + String.join(" and ", ProductionSettingsCheck.REQUIRED)
            + " (the administrator's user id and a password of at least " + ProductionSettingsCheck.MIN_PASSWORD_LENGTH
            + " characters with upper and lower case letters, a digit and a special character, not containing the"
            + " user id) and do not activate the demo profile in production.",
        cause);
  }
}

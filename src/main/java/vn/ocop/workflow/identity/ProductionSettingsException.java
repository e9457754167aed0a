package vn.ocop.workflow.identity;

import java.util.List;

/** The prod profile was started without the settings it cannot run without. */
class ProductionSettingsException extends IllegalStateException {

  private final List<String> problems;

  ProductionSettingsException(List<String> problems) {
    super("Refusing to start the prod profile: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}

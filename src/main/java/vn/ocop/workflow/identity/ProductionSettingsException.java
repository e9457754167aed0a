package vn.ocop.workflow.identity;

import java.util.List;

/** A profile other than demo (prod above all) was started without the settings it cannot run without. */
class ProductionSettingsException extends IllegalStateException {

  private final List<String> problems;

  ProductionSettingsException(List<String> problems) {
    super("Refusing to start without the administrator's settings: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}

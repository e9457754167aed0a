package vn.ocop.workflow.unit;

/** The levels of Vietnam's local government that take part in OCOP work. */
public enum AdministrativeLevel {
  PROVINCE("province"),
  DISTRICT("district"),
  COMMUNE("commune");

  private final String groupPrefix;

  AdministrativeLevel(String groupPrefix) {
    this.groupPrefix = groupPrefix;
  }

  /** The Camunda group id of the unit with this code, e.g. {@code commune07201}. */
  public String groupId(String code) {
    return groupPrefix + code;
  }
}

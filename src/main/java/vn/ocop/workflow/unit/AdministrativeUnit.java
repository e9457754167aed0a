package vn.ocop.workflow.unit;

/**
 * A province, district or commune.
 *
 * @param parentCode the code of the unit above it, {@code null} for a province
 */
public record AdministrativeUnit(AdministrativeLevel level, String code, String name, String parentCode) {

  /** The Camunda group of this unit's officers, e.g. {@code district215}. */
  public String groupId() {
    return level.groupId(code);
  }
}

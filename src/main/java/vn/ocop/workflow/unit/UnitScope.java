package vn.ocop.workflow.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.ocop.workflow.access.OcopGroups;

/**
 * The administrative unit whose registry a logged-in user may read: a commune, district or province
 * officer their own unit; supervisors and the administrator the whole installation (one province);
 * nobody else (council members, policy staff) any.
 *
 * @param unitCode the unit, or {@code null} for the whole installation
 */
public record UnitScope(String unitCode) {

  public static Optional<UnitScope> of(Collection<String> groups, AdministrativeUnits units) {
    if (groups.contains(OcopGroups.CAMUNDA_ADMIN) || groups.contains(OcopGroups.SUPERVISORS)) {
      return Optional.of(new UnitScope(null));
    }
    String[][] officerUnits = {{OcopGroups.PROVINCE_OFFICERS, "province"}, {OcopGroups.DISTRICT_OFFICERS, "district"},
        {OcopGroups.COMMUNE_OFFICERS, "commune"}};
    for (String[] officer : officerUnits) {
      if (groups.contains(officer[0])) {
        Optional<UnitScope> scope = groups.stream().filter(group -> group.startsWith(officer[1]))
            .map(group -> group.substring(officer[1].length()))
            .filter(code -> units.find(code).map(unit -> unit.groupId().equals(officer[1] + code)).orElse(false))
            .findFirst().map(UnitScope::new);
        if (scope.isPresent()) {
          return scope;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether every commune of {@code unit} (a code of any level) lies within this scope. */
  public boolean covers(String unit, AdministrativeUnits units) {
    List<AdministrativeUnit> requested = units.find(unit).map(u -> units.communesOf(u.code())).orElse(List.of());
    if (requested.isEmpty()) {
      return false;
    }
    return unitCode == null || units.communesOf(unitCode).containsAll(requested);
  }
}

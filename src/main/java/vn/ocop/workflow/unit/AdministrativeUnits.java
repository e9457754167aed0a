package vn.ocop.workflow.unit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The administrative units of the reference data file, checked for consistency when loaded. */
public final class AdministrativeUnits {

  private final Map<String, AdministrativeUnit> byCode;

  AdministrativeUnits(List<AdministrativeUnit> units) {
    Map<String, AdministrativeUnit> map = new LinkedHashMap<>();
    for (AdministrativeUnit unit : units) {
      if (map.putIfAbsent(unit.code(), unit) != null) {
        throw new IllegalArgumentException("Administrative unit code " + unit.code() + " appears twice");
      }
    }
    for (AdministrativeUnit unit : units) {
      checkParent(unit, map);
    }
    this.byCode = Collections.unmodifiableMap(map);
  }

  private static void checkParent(AdministrativeUnit unit, Map<String, AdministrativeUnit> map) {
    if (unit.level() == AdministrativeLevel.PROVINCE) {
      if (unit.parentCode() != null) {
        throw new IllegalArgumentException("Province " + unit.code() + " must not have a parent");
      }
      return;
    }
    AdministrativeUnit parent = unit.parentCode() == null ? null : map.get(unit.parentCode());
    if (parent == null) {
      throw new IllegalArgumentException(
          unit.level() + " " + unit.code() + " names parent '" + unit.parentCode() + "', which is not in the file");
    }
    boolean allowed = switch (unit.level()) {
      case DISTRICT -> parent.level() == AdministrativeLevel.PROVINCE;
      case COMMUNE -> parent.level() == AdministrativeLevel.DISTRICT || parent.level() == AdministrativeLevel.PROVINCE;
      case PROVINCE -> false;
    };
    if (!allowed) {
      throw new IllegalArgumentException(
          unit.level() + " " + unit.code() + " cannot belong to " + parent.level() + " " + parent.code());
    }
  }

  /** All units, parents before their children. */
  public List<AdministrativeUnit> all() {
    return byCode.values().stream()
        .sorted((a, b) -> Integer.compare(a.level().ordinal(), b.level().ordinal()))
        .toList();
  }

  public List<AdministrativeUnit> ofLevel(AdministrativeLevel level) {
    return byCode.values().stream().filter(unit -> unit.level() == level).toList();
  }

  public Optional<AdministrativeUnit> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The unit with this code; fails with a message naming the code when it is unknown. */
  public AdministrativeUnit get(String code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown administrative unit code: " + code));
  }

  /** The communes of a unit: itself for a commune, the communes under it for a district or province. */
  public List<AdministrativeUnit> communesOf(String code) {
    AdministrativeUnit unit = get(code);
    return ofLevel(AdministrativeLevel.COMMUNE).stream()
        .filter(commune -> commune.code().equals(unit.code()) || isUnder(commune, unit))
        .toList();
  }

  private boolean isUnder(AdministrativeUnit unit, AdministrativeUnit ancestor) {
    for (AdministrativeUnit current = unit; current.parentCode() != null; current = get(current.parentCode())) {
      if (current.parentCode().equals(ancestor.code())) {
        return true;
      }
    }
    return false;
  }

  /** The province a unit belongs to (the unit itself for a province). */
  public AdministrativeUnit provinceOf(String code) {
    AdministrativeUnit unit = get(code);
    while (unit.level() != AdministrativeLevel.PROVINCE) {
      unit = get(unit.parentCode());
    }
    return unit;
  }
}

package vn.ocop.workflow.unit;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The one place a user task's candidate group comes from: the officers of the unit at a level above (or
 * at) the product's commune, from the commune code the process carries ({@code communeCode}) and the
 * administrative units. In a model: {@code camunda:candidateGroups="${unitGroups.province(execution)}"}.
 * Where the law left out the district level (Decision 26/2026, Art. 7: province after commune), a
 * district step falls back to the level given by the model.
 */
@Component("unitGroups")
public class UnitGroups {

  /** The variable every process of a product carries: the commune the product belongs to. */
  public static final String COMMUNE_CODE = "communeCode";

  private final AdministrativeUnits units;

  UnitGroups(AdministrativeUnits units) {
    this.units = units;
  }

  public String commune(VariableScope scope) {
    return of(scope, AdministrativeLevel.COMMUNE.name());
  }

  public String district(VariableScope scope) {
    return of(scope, AdministrativeLevel.DISTRICT.name());
  }

  public String province(VariableScope scope) {
    return of(scope, AdministrativeLevel.PROVINCE.name());
  }

  /** The group of the product's unit at {@code level} (COMMUNE, DISTRICT or PROVINCE). */
  public String of(VariableScope scope, String level) {
    Object communeCode = scope.getVariable(COMMUNE_CODE);
    if (communeCode == null) {
      throw new IllegalStateException("No " + COMMUNE_CODE + " to route the task by");
    }
    return groupOf(communeCode.toString(), AdministrativeLevel.valueOf(level));
  }

  /** The group of the unit at {@code level} that commune {@code communeCode} belongs to. */
  public String groupOf(String communeCode, AdministrativeLevel level) {
    AdministrativeUnit commune = units.get(communeCode);
    return switch (level) {
      case COMMUNE -> level.groupId(commune.code());
      case PROVINCE -> level.groupId(units.provinceOf(commune.code()).code());
      case DISTRICT -> {
        AdministrativeUnit parent = units.get(commune.parentCode());
        if (parent.level() != AdministrativeLevel.DISTRICT) {
          throw new IllegalStateException("Commune " + communeCode + " belongs to no district");
        }
        yield level.groupId(parent.code());
      }
    };
  }
}

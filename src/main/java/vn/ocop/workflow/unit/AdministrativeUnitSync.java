package vn.ocop.workflow.unit;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings {@code ocop_administrative_unit} in line with the reference data file at start-up: new units
 * are inserted, changed names or parents updated. Units no longer in the file stay, since dossiers and
 * certificates may still refer to them.
 */
@Component
@Order(10)
class AdministrativeUnitSync implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AdministrativeUnitSync.class);

  private final AdministrativeUnits units;
  private final AdministrativeUnitMapper mapper;

  AdministrativeUnitSync(AdministrativeUnits units, AdministrativeUnitMapper mapper) {
    this.units = units;
    this.mapper = mapper;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Map<String, AdministrativeUnit> stored = mapper.selectAll().stream()
        .collect(Collectors.toMap(AdministrativeUnit::code, Function.identity()));
    int inserted = 0;
    int updated = 0;
    for (AdministrativeUnit unit : units.all()) {
      AdministrativeUnit existing = stored.get(unit.code());
      if (existing == null) {
        mapper.insert(unit);
        inserted++;
      } else if (!existing.equals(unit)) {
        mapper.update(unit);
        updated++;
      }
    }
    LOG.info("Administrative units: {} in the reference file, {} inserted, {} updated",
        units.all().size(), inserted, updated);
  }
}

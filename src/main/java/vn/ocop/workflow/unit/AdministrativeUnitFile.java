package vn.ocop.workflow.unit;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import vn.ocop.workflow.common.CsvFile;

/** Reads the administrative units from the reference CSV file {@code level,code,name,parent_code}. */
final class AdministrativeUnitFile {

  static final String HEADER = "level,code,name,parent_code";
  private static final Pattern CODE = Pattern.compile("[0-9]{1,16}");

  private AdministrativeUnitFile() {
  }

  static AdministrativeUnits read(Resource resource) {
    List<AdministrativeUnit> units = CsvFile.read(resource, HEADER).stream()
        .map(row -> parse(resource, row))
        .toList();
    try {
      return new AdministrativeUnits(units);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(resource.getDescription() + ": " + e.getMessage(), e);
    }
  }

  private static AdministrativeUnit parse(Resource resource, CsvFile.Row row) {
    AdministrativeLevel level;
    try {
      level = AdministrativeLevel.valueOf(row.get(0));
    } catch (IllegalArgumentException e) {
      throw CsvFile.defect(resource, row.lineNumber(),
          "unknown level '" + row.get(0) + "' (PROVINCE, DISTRICT or COMMUNE)");
    }
    String code = row.get(1);
    if (!CODE.matcher(code).matches()) {
      throw CsvFile.defect(resource, row.lineNumber(), "code '" + code + "' must be 1 to 16 digits");
    }
    String name = row.get(2);
    if (name.isEmpty() || name.length() > 200) {
      throw CsvFile.defect(resource, row.lineNumber(), "name must have 1 to 200 characters");
    }
    String parent = row.get(3);
    if (!parent.isEmpty() && !CODE.matcher(parent).matches()) {
      throw CsvFile.defect(resource, row.lineNumber(), "parent code '" + parent + "' must be 1 to 16 digits");
    }
    return new AdministrativeUnit(level, code, name, parent.isEmpty() ? null : parent);
  }
}

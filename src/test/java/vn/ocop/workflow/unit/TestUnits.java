package vn.ocop.workflow.unit;

import org.springframework.core.io.ClassPathResource;

/** The sample administrative units of the reference data file, for tests of other features. */
public final class TestUnits {

  private TestUnits() {
  }

  public static AdministrativeUnits sample() {
    return AdministrativeUnitFile.read(new ClassPathResource("reference/administrative-units.csv"));
  }
}

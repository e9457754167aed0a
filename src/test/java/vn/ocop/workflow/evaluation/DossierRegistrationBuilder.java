package vn.ocop.workflow.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** Test data: what a commune officer enters in the registration form (Mẫu 01). */
public final class DossierRegistrationBuilder {

  private final Map<String, Object> values = new HashMap<>();

  private DossierRegistrationBuilder() {
    values.put("dossierType", "FIRST");
    values.put("producerName", "HTX Chăn nuôi gà đồi Yên Thế");
    values.put("producerType", "HTX");
    values.put("representativeName", "Nguyễn Văn Bình");
    values.put("representativePosition", "Giám đốc");
    values.put("producerAddress", "Thôn Đồng Vương, xã Tam Tiến, huyện Yên Thế");
    values.put("producerPhone", "0912 345 678");
    values.put("producerEmail", "htxgadoi@example.vn");
    values.put("productName", "Chả gà Yên Thế");
    values.put("productSet", "8");
    values.put("sampleCount", 5);
    values.put("receivedOn", LocalDate.now().toString());
    values.put("communeCode", "07201");
  }

  public static DossierRegistrationBuilder aDossier() {
    return new DossierRegistrationBuilder();
  }

  DossierRegistrationBuilder receivedOn(String date) {
    values.put("receivedOn", date);
    return this;
  }

  DossierRegistrationBuilder inCommune(String communeCode) {
    values.put("communeCode", communeCode);
    return this;
  }

  /** No commune given: the process takes the commune of the officer who starts it. */
  DossierRegistrationBuilder fromTheOfficersCommune() {
    values.remove("communeCode");
    return this;
  }

  DossierRegistrationBuilder with(String name, Object value) {
    values.put(name, value);
    return this;
  }

  DossierRegistrationBuilder without(String name) {
    values.remove(name);
    return this;
  }

  public VariableMap build() {
    return Variables.fromMap(values);
  }
}

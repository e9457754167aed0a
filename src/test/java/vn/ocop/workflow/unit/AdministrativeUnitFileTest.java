package vn.ocop.workflow.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class AdministrativeUnitFileTest {

  private static AdministrativeUnits read(String csv) {
    return AdministrativeUnitFile.read(new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8), "units.csv"));
  }

  private static String file(String... rows) {
    return "# comment\n" + AdministrativeUnitFile.HEADER + "\n" + String.join("\n", rows) + "\n";
  }

  @Test
  void theSampleFileHasAProvinceWithTwoDistrictsOfThreeCommunesEach() {
    AdministrativeUnits units = AdministrativeUnitFile.read(new ClassPathResource("reference/administrative-units.csv"));
    assertThat(units.ofLevel(AdministrativeLevel.PROVINCE)).extracting(AdministrativeUnit::name).containsExactly("Tỉnh Bắc Giang");
    assertThat(units.ofLevel(AdministrativeLevel.DISTRICT)).extracting(AdministrativeUnit::name)
        .containsExactly("Huyện Yên Thế", "Huyện Lục Ngạn");
    for (AdministrativeUnit district : units.ofLevel(AdministrativeLevel.DISTRICT)) {
      assertThat(units.ofLevel(AdministrativeLevel.COMMUNE)).filteredOn(c -> district.code().equals(c.parentCode())).hasSize(3);
    }
    assertThat(units.get("07201").groupId()).isEqualTo("commune07201");
    assertThat(units.get("215").groupId()).isEqualTo("district215");
    assertThat(units.provinceOf("07201").groupId()).isEqualTo("province24");
  }

  @Test
  void parentsComeBeforeChildren() {
    AdministrativeUnits units = read(file("COMMUNE,3,Xã C,2", "DISTRICT,2,Huyện B,1", "PROVINCE,1,Tỉnh A,"));
    assertThat(units.all()).extracting(AdministrativeUnit::code).containsExactly("1", "2", "3");
  }

  @Test
  void aCommuneMayBelongDirectlyToItsProvinceAsSince2025() {
    assertThat(read(file("PROVINCE,1,Tỉnh A,", "COMMUNE,3,Xã C,1")).provinceOf("3").code()).isEqualTo("1");
  }

  @Test
  void namesTypedWithCombiningDiacriticsAreStoredPrecomposed() {
    String decomposed = "Xa\u0303 Tam Tie\u0302\u0301n";
    assertThat(read(file("PROVINCE,1,Tỉnh A,", "COMMUNE,3," + decomposed + ",1")).get("3").name()).isEqualTo("Xã Tam Tiến");
  }

  @Test
  void aWrongHeaderIsRefused() {
    assertThatThrownBy(() -> read("code,name\n1,A\n")).hasMessageContaining("units.csv] line 1: expected the header");
  }

  @Test
  void anUnknownLevelIsRefusedWithItsLine() {
    assertThatThrownBy(() -> read(file("PROVINCE,1,Tỉnh A,", "HAMLET,2,Thôn B,1")))
        .hasMessageContaining("line 4").hasMessageContaining("unknown level 'HAMLET'");
  }

  @Test
  void aCodeThatIsNotDigitsIsRefused() {
    assertThatThrownBy(() -> read(file("PROVINCE,A-1,Tỉnh A,"))).hasMessageContaining("code 'A-1' must be 1 to 16 digits");
  }

  @Test
  void aMissingFieldIsRefused() {
    assertThatThrownBy(() -> read(file("PROVINCE,1,Tỉnh A"))).hasMessageContaining("expected 4 fields");
  }

  @Test
  void anUnknownParentIsRefused() {
    assertThatThrownBy(() -> read(file("PROVINCE,1,Tỉnh A,", "DISTRICT,2,Huyện B,7")))
        .hasMessageContaining("DISTRICT 2 names parent '7', which is not in the file");
  }

  @Test
  void aCommuneUnderACommuneIsRefused() {
    assertThatThrownBy(() -> read(file("PROVINCE,1,Tỉnh A,", "COMMUNE,2,Xã B,1", "COMMUNE,3,Xã C,2")))
        .hasMessageContaining("COMMUNE 3 cannot belong to COMMUNE 2");
  }

  @Test
  void aDuplicateCodeIsRefused() {
    assertThatThrownBy(() -> read(file("PROVINCE,1,Tỉnh A,", "PROVINCE,1,Tỉnh B,"))).hasMessageContaining("1 appears twice");
  }

  @Test
  void aFileWithoutUnitsIsRefused() {
    assertThatThrownBy(() -> read(file())).hasMessageContaining("has no data rows");
  }
}

package vn.ocop.workflow.identity;

import vn.ocop.workflow.access.OcopGroups;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import vn.ocop.workflow.unit.AdministrativeLevel;
import vn.ocop.workflow.unit.AdministrativeUnit;
import vn.ocop.workflow.unit.AdministrativeUnits;
import vn.ocop.workflow.unit.TestUnits;

class DemoUsersTest {

  private static final AdministrativeUnits UNITS = TestUnits.sample();
  private static final List<DemoUsers.DemoUser> USERS =
      DemoUsers.read(new ClassPathResource("demo/demo-users.csv"), UNITS);

  private static List<DemoUsers.DemoUser> withRole(String role) {
    return USERS.stream().filter(u -> u.role().equals(role)).toList();
  }

  private static Set<String> unitsOf(String role) {
    return withRole(role).stream().map(u -> u.unit().code()).collect(Collectors.toSet());
  }

  private static Set<String> codes(AdministrativeLevel level) {
    return UNITS.ofLevel(level).stream().map(AdministrativeUnit::code).collect(Collectors.toSet());
  }

  @Test
  void everyCommuneDistrictAndProvinceHasItsOfficer() {
    assertThat(unitsOf(OcopGroups.COMMUNE_OFFICERS)).isEqualTo(codes(AdministrativeLevel.COMMUNE));
    assertThat(unitsOf(OcopGroups.DISTRICT_OFFICERS)).isEqualTo(codes(AdministrativeLevel.DISTRICT));
    assertThat(unitsOf(OcopGroups.PROVINCE_OFFICERS)).isEqualTo(codes(AdministrativeLevel.PROVINCE));
  }

  @Test
  void everyRoleHasADemoUserAndTheCouncilHasAtLeastSevenMembers() {
    for (OcopGroups.RoleGroup role : OcopGroups.ROLES) {
      assertThat(withRole(role.id())).as(role.id()).isNotEmpty();
    }
    assertThat(withRole(OcopGroups.COUNCIL_MEMBERS)).hasSizeGreaterThanOrEqualTo(7);
  }

  @Test
  void userIdsAreUniqueAndFitCamundasDefaultWhitelist() {
    List<String> ids = USERS.stream().map(DemoUsers.DemoUser::id).toList();
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-zA-Z0-9]+"));
  }

  @Test
  void fullNamesAreVietnamese() {
    assertThat(USERS).allSatisfy(u -> assertThat(u.firstName() + " " + u.lastName()).matches("\\p{L}+( \\p{L}+)+"));
    assertThat(USERS).anyMatch(u -> u.lastName().equals("Thắng"));
  }

  @Test
  void theReadmeListsEveryDemoLogin() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    for (DemoUsers.DemoUser user : USERS) {
      assertThat(readme).as(user.id()).contains("`" + user.id() + "`");
    }
    assertThat(readme).contains("`admin`");
  }

  @Test
  void anOfficerInAUnitOfTheWrongLevelIsRefused() {
    String csv = DemoUsers.HEADER + "\nxa1,Nguyễn Văn,A,communeOfficers,215\n";
    assertThatThrownBy(() -> DemoUsers.read(new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8), "users.csv"), UNITS))
        .hasMessageContaining("line 2: communeOfficers must belong to a COMMUNE unit");
  }

  @Test
  void anUnknownRoleIsRefused() {
    String csv = DemoUsers.HEADER + "\nx,Nguyễn Văn,A,mayors,24\n";
    assertThatThrownBy(() -> DemoUsers.read(new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8), "users.csv"), UNITS))
        .hasMessageContaining("unknown role 'mayors'");
  }
}

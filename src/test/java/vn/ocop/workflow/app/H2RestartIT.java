package vn.ocop.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.ocop.workflow.OcopApplication;
import vn.ocop.workflow.unit.AdministrativeLevel;
import vn.ocop.workflow.unit.AdministrativeUnit;
import vn.ocop.workflow.unit.AdministrativeUnitMapper;

/** Work written to the default H2 file database is still there after the application restarts. */
class H2RestartIT {

  private static ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplicationBuilder(OcopApplication.class)
        .run("--ocop.data-dir=" + dataDir.toAbsolutePath(), "--server.port=0",
            // a name of its own, so this engine never stands in for another test's in the engine registry
            "--camunda.bpm.process-engine-name=restartTest");
  }

  @Test
  void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
    Path dataDir = Files.createTempDirectory(Path.of("target"), "h2-restart-");
    AdministrativeUnit added = new AdministrativeUnit(AdministrativeLevel.COMMUNE, "99999", "Xã Thử Nghiệm", "215");

    try (ConfigurableApplicationContext first = start(dataDir)) {
      IdentityService identity = first.getBean(IdentityService.class);
      User user = identity.newUser("canbomoi");
      user.setFirstName("Cán bộ");
      user.setLastName("Mới");
      user.setPassword("demo");
      identity.saveUser(user);
      first.getBean(AdministrativeUnitMapper.class).insert(added);
    }
    assertThat(dataDir.resolve("ocop.mv.db")).exists();

    try (ConfigurableApplicationContext second = start(dataDir)) {
      IdentityService identity = second.getBean(IdentityService.class);
      assertThat(identity.checkPassword("canbomoi", "demo")).isTrue();
      assertThat(second.getBean(AdministrativeUnitMapper.class).selectByCode("99999")).isEqualTo(added);
    }
  }
}

package vn.ocop.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import vn.ocop.workflow.OcopApplication;

/** The prod profile refuses to start without the administrator's variables, before touching any database. */
@ExtendWith(OutputCaptureExtension.class)
class ProductionSettingsTest {

  /** Starts the application as an operator would, with these command-line arguments. */
  private static void start(String... args) {
    new SpringApplicationBuilder(OcopApplication.class)
        .web(WebApplicationType.NONE)
        .run(args)
        .close();
  }

  @Test
  void prodWithoutAdminVariablesRefusesToStartAndNamesThem(CapturedOutput output) {
    // Blank command-line values hide any variables the machine running the test may have set.
    assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--OCOP_ADMIN_USER=", "--OCOP_ADMIN_PASSWORD="))
        .isInstanceOf(ProductionSettingsException.class)
        .hasMessageContaining("OCOP_ADMIN_USER is not set")
        .hasMessageContaining("OCOP_ADMIN_PASSWORD is not set");
    assertThat(output).contains("APPLICATION FAILED TO START",
        "Set the environment variables OCOP_ADMIN_USER and OCOP_ADMIN_PASSWORD");
  }

  @Test
  void everyProfileButDemoRefusesToStartWithoutTheAdministratorSoTheSetUpPageIsNeverNeeded() {
    assertThatThrownBy(() -> start("--spring.profiles.active=postgres", "--OCOP_ADMIN_USER=", "--OCOP_ADMIN_PASSWORD="))
        .isInstanceOf(ProductionSettingsException.class)
        .hasMessageContaining("OCOP_ADMIN_USER is not set")
        .hasMessageContaining("OCOP_ADMIN_PASSWORD is not set");
  }

  @Test
  void prodWithoutAdminPasswordRefusesToStart() {
    assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--OCOP_ADMIN_USER=chief", "--OCOP_ADMIN_PASSWORD="))
        .isInstanceOf(ProductionSettingsException.class)
        .hasMessageContaining("OCOP_ADMIN_PASSWORD is not set")
        .hasMessageNotContaining("OCOP_ADMIN_USER is not set");
  }

  @Test
  void prodTogetherWithDemoRefusesToStart() {
    assertThatThrownBy(() -> start("--spring.profiles.active=prod,demo",
        "--OCOP_ADMIN_USER=chief", "--OCOP_ADMIN_PASSWORD=Long-enough-secret-1"))
        .isInstanceOf(ProductionSettingsException.class)
        .hasMessageContaining("the demo profile is active together with prod");
  }

  @Test
  void prodWithAWeakAdminPasswordRefusesToStartAndSaysWhy(CapturedOutput output) {
    assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--OCOP_ADMIN_USER=chief", "--OCOP_ADMIN_PASSWORD=demo"))
        .isInstanceOf(ProductionSettingsException.class)
        .hasMessageContaining("OCOP_ADMIN_PASSWORD is shorter than 10 characters")
        .hasMessageContaining("needs upper and lower case letters")
        .hasMessageContaining("needs a digit")
        .hasMessageContaining("needs a special character");
    assertThatThrownBy(() -> start("--spring.profiles.active=prod", "--OCOP_ADMIN_USER=chief",
        "--OCOP_ADMIN_PASSWORD=Chief-2026-secret"))
        .isInstanceOf(ProductionSettingsException.class)
        .hasMessageContaining("OCOP_ADMIN_PASSWORD must not contain the user name")
        .hasMessageNotContaining("shorter");
    assertThat(output).contains("APPLICATION FAILED TO START");
  }
}

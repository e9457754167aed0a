package vn.ocop.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchSettingsTest {

  @Test
  void flatnessIsMeasuredFromTwentyThousandToTheLoadsOpenTasksAtFullScale() {
    assertThat(new BenchSettings(1.0, Path.of("x"), 2).flatnessSteps()).containsExactly(20_000, 100_000);
  }

  @Test
  void aMillionOpenTasksOnlyWhenAskedFor() {
    assertThat(new BenchSettings(1.0, Path.of("x"), 2, "", "all", false, 1_000_000).flatnessSteps())
        .containsExactly(20_000, 100_000, 1_000_000);
  }

  @Test
  void theStepsScaleWithTheLoad() {
    assertThat(new BenchSettings(0.01, Path.of("x"), 2, "", "all", false, 1_000_000).flatnessSteps()).containsExactly(200, 1_000, 10_000);
    assertThat(new BenchSettings(0.001, Path.of("x"), 2).flatnessSteps()).containsExactly(20, 100);
  }

  @Test
  void tasklistsPollEveryTenSecondsCompressedOnlyAtSmallScales() {
    assertThat(new BenchSettings(1.0, Path.of("x"), 2).thinkMillis()).isEqualTo(10_000);
    assertThat(new BenchSettings(0.1, Path.of("x"), 2).thinkMillis()).isEqualTo(10_000);
    assertThat(new BenchSettings(0.01, Path.of("x"), 2).thinkMillis()).isEqualTo(1_000);
  }

  @Test
  void timersDueAtOnceScaleFromAHundredThousand() {
    assertThat(new BenchSettings(1.0, Path.of("x"), 2).timersDueAtOnce()).isEqualTo(100_000);
    assertThat(new BenchSettings(0.01, Path.of("x"), 2).timersDueAtOnce()).isEqualTo(1_000);
  }

  @Test
  void theFlatnessStepsCanRunAlone() {
    BenchSettings flatness = new BenchSettings(1.0, Path.of("x"), 2, "", "flatness", false, 1_000_000);
    assertThat(flatness.flatnessOnly()).isTrue();
    assertThat(flatness.dashboardOnly()).isFalse();
    assertThat(new BenchSettings(1.0, Path.of("x"), 2).flatnessOnly()).isFalse();
  }

  @Test
  void anUnknownPartIsRefused() {
    assertThatThrownBy(() -> new BenchSettings(1.0, Path.of("x"), 2, "", "timers", false, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bench.parts");
  }

  @Test
  void aNegativeFlatnessMaximumIsRefused() {
    assertThatThrownBy(() -> new BenchSettings(1.0, Path.of("x"), 2, "", "all", false, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flatnessMax");
  }

  @Test
  void syntheticCommunesGetADistrictPerThirty(@TempDir Path directory) {
    BenchUnits units = BenchUnits.write(directory, 66);

    assertThat(units.communeCodes()).hasSize(66);
    assertThat(units.districtOfCommune()).containsEntry("07201", "215").containsEntry("07591", "217")
        .containsEntry("30000", "600").containsEntry("30029", "600").containsEntry("30030", "601")
        .containsEntry("30059", "601");
    assertThat(units.districtCodes()).containsExactly("215", "217", "600", "601");
    assertThat(units.districtOfCommune()).hasSize(66);
  }
}

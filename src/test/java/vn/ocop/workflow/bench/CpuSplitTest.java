package vn.ocop.workflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CpuSplitTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void coresOfEachPartAreItsTicksPerSecondOfWallTime() {
    CpuSplit.Snapshot before = new CpuSplit.Snapshot(0, Map.of(
        1L, new CpuSplit.ProcessTicks(CpuSplit.APPLICATION, 1_000),
        2L, new CpuSplit.ProcessTicks(CpuSplit.POSTGRES, 500),
        3L, new CpuSplit.ProcessTicks(CpuSplit.POSTGRES, 200),
        9L, new CpuSplit.ProcessTicks(CpuSplit.OTHER, 50)), 10_000, 40_000);
    // 10 s later: the application used 12 s of processor time, PostgreSQL 4 + 2 s, a new backend 1 s
    CpuSplit.Snapshot after = new CpuSplit.Snapshot(10 * SECOND, Map.of(
        1L, new CpuSplit.ProcessTicks(CpuSplit.APPLICATION, 2_200),
        2L, new CpuSplit.ProcessTicks(CpuSplit.POSTGRES, 900),
        3L, new CpuSplit.ProcessTicks(CpuSplit.POSTGRES, 400),
        4L, new CpuSplit.ProcessTicks(CpuSplit.POSTGRES, 100),
        9L, new CpuSplit.ProcessTicks(CpuSplit.OTHER, 50)), 12_000, 44_000);

    Map<String, Double> cores = CpuSplit.between(before, after);

    assertThat(cores).containsEntry(CpuSplit.APPLICATION, 1.2).containsEntry(CpuSplit.POSTGRES, 0.7)
        .containsEntry(CpuSplit.SECOND_NODE, 0.0).containsEntry(CpuSplit.OTHER, 0.0);
    int machineCores = Runtime.getRuntime().availableProcessors();
    assertThat(cores.get("machineBusy")).isEqualTo(BenchReport.round(0.5 * machineCores, 2));
    assertThat(cores.get("machineCores")).isEqualTo((double) machineCores);
  }

  @Test
  void aReadingOfThisMachineFindsThisJvmAsTheApplication() {
    CpuSplit.Snapshot now = CpuSplit.take(Set.of());

    assertThat(now.processes().get(ProcessHandle.current().pid()).part()).isEqualTo(CpuSplit.APPLICATION);
    assertThat(now.machineTotal()).isPositive();
  }
}

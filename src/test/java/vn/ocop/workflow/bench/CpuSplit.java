package vn.ocop.workflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the machine's processor time went while something ran: the cores (processor seconds per second of
 * wall time) used by this JVM (the application, and the benchmark that drives it from the same JVM), by
 * PostgreSQL (every {@code postgres} process), by a second node of the application if one runs, by
 * everything else, and the machine's busy cores. Read from Linux's {@code /proc} (each process's
 * {@code utime + stime} and the machine's {@code /proc/stat}); on a system without it the split is empty.
 *
 * <p>A process that ends between the two snapshots is not counted (PostgreSQL's backends here belong to the
 * pools and live as long as the run); one that starts in between counts from its start.
 */
final class CpuSplit {

  static final String APPLICATION = "application";
  static final String POSTGRES = "postgres";
  static final String SECOND_NODE = "secondNode";
  static final String OTHER = "other";

  /** Clock ticks per second of {@code /proc}'s counters ({@code USER_HZ}: 100 on every Linux we run on). */
  private static final double TICKS_PER_SECOND = 100.0;
  private static final Path PROC = Path.of("/proc");

  /** One reading: processor ticks of each process (by its part), the machine's busy and total ticks. */
  record Snapshot(long nanos, Map<Long, ProcessTicks> processes, long machineBusy, long machineTotal) {
  }

  record ProcessTicks(String part, long ticks) {
  }

  private CpuSplit() {
  }

  /** Reads every process now; {@code secondNodes} are the pids of other nodes of the application. */
  static Snapshot take(Set<Long> secondNodes) {
    long self = ProcessHandle.current().pid();
    Map<Long, ProcessTicks> processes = new LinkedHashMap<>();
    if (!Files.isDirectory(PROC)) {
      return new Snapshot(System.nanoTime(), processes, 0, 0);
    }
    try (Stream<Path> entries = Files.list(PROC)) {
      entries.map(path -> path.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
          .forEach(name -> {
            long pid = Long.parseLong(name);
            String stat = read(PROC.resolve(name).resolve("stat"));
            if (stat == null || stat.lastIndexOf(')') < 0) {
              return;
            }
            String command = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3 of the line, utime 14 and stime 15 (proc(5))
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            String part = pid == self ? APPLICATION
                : secondNodes.contains(pid) ? SECOND_NODE
                : command.startsWith("postgres") ? POSTGRES
                : OTHER;
            processes.put(pid, new ProcessTicks(part, ticks));
          });
    } catch (IOException e) {
      return new Snapshot(System.nanoTime(), Map.of(), 0, 0);
    }
    long[] machine = machineTicks();
    return new Snapshot(System.nanoTime(), processes, machine[0], machine[1]);
  }

  /**
   * Cores used by each part between two readings, and the machine's busy cores and its cores: e.g.
   * {@code {application=1.21, postgres=0.62, other=0.05, machineBusy=1.9, machineCores=2}}.
   */
  static Map<String, Double> between(Snapshot before, Snapshot after) {
    Map<String, Double> cores = new LinkedHashMap<>();
    double seconds = (after.nanos() - before.nanos()) / 1e9;
    if (seconds <= 0 || after.processes().isEmpty()) {
      return cores;
    }
    for (String part : List.of(APPLICATION, POSTGRES, SECOND_NODE, OTHER)) {
      cores.put(part, 0.0);
    }
    after.processes().forEach((pid, now) -> {
      ProcessTicks then = before.processes().get(pid);
      long ticks = then == null ? now.ticks() : now.ticks() - then.ticks();
      cores.merge(now.part(), ticks / TICKS_PER_SECOND / seconds, Double::sum);
    });
    int machineCores = Runtime.getRuntime().availableProcessors();
    long total = after.machineTotal() - before.machineTotal();
    if (total > 0) {
      cores.put("machineBusy", (double) (after.machineBusy() - before.machineBusy()) / total * machineCores);
    }
    cores.put("machineCores", (double) machineCores);
    cores.replaceAll((part, value) -> BenchReport.round(value, 2));
    return cores;
  }

  /** The machine's busy and total ticks from the first line of {@code /proc/stat}. */
  private static long[] machineTicks() {
    String stat = read(PROC.resolve("stat"));
    if (stat == null) {
      return new long[] {0, 0};
    }
    String[] fields = stat.lines().findFirst().orElse("").trim().split("\\s+");
    long total = 0;
    long idle = 0;
    // user, nice, system, idle, iowait, irq, softirq, steal; guest time is counted in user and nice already
    for (int i = 1; i < Math.min(fields.length, 9); i++) {
      long value = Long.parseLong(fields[i]);
      total += value;
      if (i == 4 || i == 5) { // idle and iowait
        idle += value;
      }
    }
    return new long[] {total - idle, total};
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException | RuntimeException e) {
      return null; // the process ended meanwhile
    }
  }
}

package vn.ocop.workflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's results: {@code report.json} for tools (nested objects, so {@code cycle.ratio} is
 * {@code {"cycle": {"ratio": …}}}) and {@code report.md} for people, one section per part of issue 8.
 */
final class BenchReport {

  /** The fields every report has (paths into report.json). */
  static final List<String> REQUIRED_FIELDS = List.of("cycle.oursPerSecond", "cycle.barePerSecond", "cycle.ratio",
      "taskList.officerP95Ms", "taskList.supervisorP95Ms", "taskList.openTasks", "taskList.historicInstances",
      "taskList.costRatio1MvsTenK", "decisions.starRankPerSecond", "startup.secondsToHealthy",
      "memory.heapMbUnderLoad", "machine.cores", "taskList.tasklistListP95Ms", "taskList.tasklistCountP95Ms",
      "taskList.tasklistLandingP95Ms", "taskList.tasklistWorstListP95Ms", "taskList.flatness",
      "concurrency.officers50.p95Ms", "concurrency.officers50.requestsPerSecond", "concurrency.officers50.errors",
      "cockpit.statisticsP95Ms", "timers.dueAtOncePerSecond", "timers.failures", "timers.duplicates",
      "timers.statementsPerTimer");

  private final Map<String, Object> json = new LinkedHashMap<>();
  private final Map<String, StringBuilder> sections = new LinkedHashMap<>();

  /** The object at a dotted path of report.json, created when missing. */
  @SuppressWarnings("unchecked")
  Map<String, Object> object(String path) {
    Map<String, Object> node = json;
    for (String part : path.split("\\.")) {
      node = (Map<String, Object>) node.computeIfAbsent(part, p -> new LinkedHashMap<String, Object>());
    }
    return node;
  }

  /** Sets the value at a dotted path of report.json. */
  void put(String path, Object value) {
    int dot = path.lastIndexOf('.');
    Map<String, Object> parent = dot < 0 ? json : object(path.substring(0, dot));
    parent.put(path.substring(dot + 1), value);
  }

  /** Fixes the order of the sections of report.md. */
  void declare(String... titles) {
    for (String title : titles) {
      sections.putIfAbsent(title, new StringBuilder());
    }
  }

  /** Appends lines to a section of report.md (sections keep the order they were first written in). */
  BenchReport md(String section, String text) {
    sections.computeIfAbsent(section, s -> new StringBuilder()).append(text).append('\n');
    return this;
  }

  static String num(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    double abs = Math.abs(value);
    String pattern = abs >= 1000 ? "%,.0f" : abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, pattern, value);
  }

  static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }

  static String verdict(boolean met) {
    return met ? "**met**" : "**missed**";
  }

  /** Median and spread of samples as a map for report.json. */
  static Map<String, Object> spread(Samples samples, int digits) {
    Map<String, Object> spread = new LinkedHashMap<>();
    spread.put("median", round(samples.median(), digits));
    spread.put("min", round(samples.min(), digits));
    spread.put("max", round(samples.max(), digits));
    spread.put("runs", samples.size());
    return spread;
  }

  static String spreadText(Samples samples) {
    return num(samples.median()) + " (" + num(samples.min()) + " to " + num(samples.max()) + ", " + samples.size()
        + (samples.size() == 1 ? " run)" : " runs)");
  }

  void write(Path directory) {
    try {
      Files.createDirectories(directory);
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      Files.writeString(directory.resolve("report.json"), mapper.writeValueAsString(json), StandardCharsets.UTF_8);
      StringBuilder md = new StringBuilder();
      sections.forEach((title, body) -> md.append(title).append("\n\n").append(body).append('\n'));
      Files.writeString(directory.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

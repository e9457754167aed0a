package vn.ocop.workflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The administrative units of the benchmark: the sample units the demo users work for, plus synthetic
 * communes of province 24 (codes 30000 and up) up to the number the scale asks for. Written as a units
 * file, which the application reads through {@code ocop.units-file} as a province would its own list.
 */
final class BenchUnits {

  static final String PROVINCE = "24";
  static final String SAMPLE_FILE = "reference/administrative-units.csv";
  private static final int FIRST_SYNTHETIC_CODE = 30_000;

  private final List<String> communeCodes;
  private final Path file;

  private BenchUnits(List<String> communeCodes, Path file) {
    this.communeCodes = List.copyOf(communeCodes);
    this.file = file;
  }

  /** Writes the units file for {@code communes} communes in all (sample ones included). */
  static BenchUnits write(Path directory, int communes) {
    List<String> lines = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    try (InputStream in = BenchUnits.class.getClassLoader().getResourceAsStream(SAMPLE_FILE)) {
      if (in == null) {
        throw new IllegalStateException(SAMPLE_FILE + " is not on the classpath");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        lines.add(line);
        if (line.startsWith("COMMUNE,")) {
          codes.add(line.split(",")[1]);
        }
      }
      for (int i = 0; codes.size() < communes; i++) {
        String code = String.valueOf(FIRST_SYNTHETIC_CODE + i);
        lines.add("COMMUNE," + code + ",Xã thử tải " + code + "," + PROVINCE);
        codes.add(code);
      }
      Files.createDirectories(directory);
      Path file = directory.resolve("administrative-units.csv");
      Files.write(file, lines, StandardCharsets.UTF_8);
      return new BenchUnits(codes, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> communeCodes() {
    return communeCodes;
  }

  /** {@code count} communes spread evenly over all of them. */
  List<String> spread(int count) {
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      picked.add(communeCodes.get((int) ((long) i * communeCodes.size() / count)));
    }
    return picked;
  }

  Path file() {
    return file;
  }

  String springLocation() {
    return "file:" + file.toAbsolutePath();
  }
}

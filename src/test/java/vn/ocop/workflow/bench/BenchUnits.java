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
  /** Synthetic communes per synthetic district (codes 600 and up), so that district officers have work. */
  static final int COMMUNES_PER_DISTRICT = 30;
  private static final int FIRST_SYNTHETIC_DISTRICT = 600;
  static final String SAMPLE_FILE = "reference/administrative-units.csv";
  private static final int FIRST_SYNTHETIC_CODE = 30_000;

  private final List<String> communeCodes;
  private final java.util.Map<String, String> districtOfCommune;
  private final Path file;

  private BenchUnits(List<String> communeCodes, java.util.Map<String, String> districtOfCommune, Path file) {
    this.communeCodes = List.copyOf(communeCodes);
    this.districtOfCommune = java.util.Map.copyOf(districtOfCommune);
    this.file = file;
  }

  /** Writes the units file for {@code communes} communes in all (sample ones included). */
  static BenchUnits write(Path directory, int communes) {
    List<String> lines = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    java.util.Map<String, String> districts = new java.util.LinkedHashMap<>();
    try (InputStream in = BenchUnits.class.getClassLoader().getResourceAsStream(SAMPLE_FILE)) {
      if (in == null) {
        throw new IllegalStateException(SAMPLE_FILE + " is not on the classpath");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        lines.add(line);
        if (line.startsWith("COMMUNE,")) {
          String[] fields = line.split(",");
          codes.add(fields[1]);
          if (fields.length > 3 && !fields[3].trim().equals(PROVINCE)) {
            districts.put(fields[1], fields[3].trim());
          }
        }
      }
      for (int i = 0; codes.size() < communes; i++) {
        String code = String.valueOf(FIRST_SYNTHETIC_CODE + i);
        String district = String.valueOf(FIRST_SYNTHETIC_DISTRICT + i / COMMUNES_PER_DISTRICT);
        if (i % COMMUNES_PER_DISTRICT == 0) {
          lines.add("DISTRICT," + district + ",Huyện thử tải " + district + "," + PROVINCE);
        }
        lines.add("COMMUNE," + code + ",Xã thử tải " + code + "," + district);
        codes.add(code);
        districts.put(code, district);
      }
      Files.createDirectories(directory);
      Path file = directory.resolve("administrative-units.csv");
      Files.write(file, lines, StandardCharsets.UTF_8);
      return new BenchUnits(codes, districts, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> communeCodes() {
    return communeCodes;
  }

  /** The district of each commune that has one (every synthetic commune, the sample ones of a district). */
  java.util.Map<String, String> districtOfCommune() {
    return districtOfCommune;
  }

  /** The districts, in the order of their first commune. */
  List<String> districtCodes() {
    return communeCodes.stream().map(districtOfCommune::get).filter(java.util.Objects::nonNull).distinct().toList();
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

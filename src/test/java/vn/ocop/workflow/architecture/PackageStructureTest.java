package vn.ocop.workflow.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Package by feature, read from the sources: no two feature packages depend on each other, however
 * indirectly, and each of our tables is written by the mappers of one package only.
 */
class PackageStructureTest {

  static final Path MAIN = Path.of("src/main/java/vn/ocop/workflow");
  static final Path MAPPERS = Path.of("src/main/resources/vn/ocop/workflow");
  static final Pattern REFERENCE = Pattern.compile("vn\\.ocop\\.workflow\\.([a-z]+)\\.[A-Z]");
  static final Pattern WRITE = Pattern.compile("(?i)\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(ocop_[a-z_]+)");

  @Test
  void noFeaturePackageDependsOnItselfThroughAnother() throws IOException {
    Map<String, Set<String>> dependencies = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      files.filter(file -> file.toString().endsWith(".java") && file.getParent().getParent().equals(MAIN))
          .forEach(file -> {
            String from = file.getParent().getFileName().toString();
            Matcher reference = REFERENCE.matcher(read(file));
            while (reference.find()) {
              if (!reference.group(1).equals(from)) {
                dependencies.computeIfAbsent(from, p -> new TreeSet<>()).add(reference.group(1));
              }
            }
          });
    }
    List<String> cycles = new ArrayList<>();
    for (String start : dependencies.keySet()) {
      path(start, start, dependencies, new ArrayList<>(List.of(start)), cycles);
    }
    assertThat(cycles).as("package cycles").isEmpty();
  }

  private static void path(String start, String at, Map<String, Set<String>> dependencies, List<String> path,
      List<String> cycles) {
    for (String next : dependencies.getOrDefault(at, Set.of())) {
      if (next.equals(start)) {
        cycles.add(String.join(" -> ", path) + " -> " + start);
      } else if (!path.contains(next) && next.compareTo(start) > 0) {
        path.add(next);
        path(start, next, dependencies, path, cycles);
        path.remove(path.size() - 1);
      }
    }
  }

  @Test
  void eachTableIsWrittenByOnePackage() throws IOException {
    Map<String, Set<String>> writers = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAPPERS)) {
      files.filter(file -> file.toString().endsWith("Mapper.xml")).forEach(file -> {
        Matcher write = WRITE.matcher(read(file));
        while (write.find()) {
          writers.computeIfAbsent(write.group(1).toLowerCase(), t -> new TreeSet<>())
              .add(file.getParent().getFileName().toString());
        }
      });
    }
    assertThat(writers).containsKeys("ocop_product", "ocop_producer", "ocop_product_timeline");
    writers.forEach((table, packages) -> assertThat(packages).as("packages writing " + table).hasSize(1));
    assertThat(writers.get("ocop_product")).containsExactly("product");
    assertThat(writers.get("ocop_product_timeline")).containsExactly("product");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package vn.ocop.workflow.criteria;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The 26 criteria sheets, read once from {@code criteria/criteria-sets.json}: the one source of truth
 * for the council's score-sheet forms and for the totals the server computes. The sheets' arithmetic
 * is checked when loading: a sheet whose points do not add up stops the application.
 */
@Component
public class CriteriaCatalog {

  static final String RESOURCE = "criteria/criteria-sets.json";
  private static final Map<String, Integer> PART_POINTS = Map.of("A", 40, "B", 25, "C", 35);

  private final Map<Integer, CriteriaSet> sets;
  private final String source;

  public CriteriaCatalog() {
    this(new ClassPathResource(RESOURCE));
  }

  CriteriaCatalog(ClassPathResource resource) {
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    try (InputStream in = resource.getInputStream()) {
      JsonNode root = json.readTree(in);
      this.source = root.path("source").asText();
      List<CriteriaSet> list = new ArrayList<>();
      for (JsonNode set : root.path("sets")) {
        list.add(json.treeToValue(set, CriteriaSet.class));
      }
      list.forEach(CriteriaCatalog::check);
      this.sets = list.stream().collect(Collectors.toMap(CriteriaSet::number, Function.identity()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  public Optional<CriteriaSet> find(int number) {
    return Optional.ofNullable(sets.get(number));
  }

  public CriteriaSet get(int number) {
    return find(number).orElseThrow(() -> new IllegalArgumentException("No product set " + number));
  }

  public List<CriteriaSet> all() {
    return sets.values().stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
  }

  public String source() {
    return source;
  }

  /** Fails unless every criterion, section, part and the sheet add up as the law states. */
  static void check(CriteriaSet set) {
    String where = "Criteria set " + set.number();
    int total = 0;
    Set<String> codes = new HashSet<>();
    for (CriteriaSet.Part part : set.parts()) {
      Integer expected = PART_POINTS.get(part.code());
      int partSum = 0;
      for (CriteriaSet.Section section : part.sections()) {
        int sectionSum = 0;
        for (CriteriaSet.Criterion criterion : section.criteria()) {
          if (!codes.add(criterion.code())) {
            throw new IllegalStateException(where + ": criterion " + criterion.code() + " appears twice");
          }
          if (criterion.options().size() < 2) {
            throw new IllegalStateException(where + ": criterion " + criterion.code() + " has fewer than 2 options");
          }
          int max = criterion.options().stream().mapToInt(CriteriaSet.Option::points).max().orElse(0);
          if (max != criterion.points()) {
            throw new IllegalStateException(where + ": criterion " + criterion.code() + " is worth "
                + criterion.points() + " but its best option gives " + max);
          }
          sectionSum += criterion.points();
        }
        if (sectionSum != section.points()) {
          throw new IllegalStateException(where + ": section " + section.number() + " is worth "
              + section.points() + " but its criteria add up to " + sectionSum);
        }
        partSum += section.points();
      }
      if (expected == null || partSum != part.points() || part.points() != expected) {
        throw new IllegalStateException(where + ": part " + part.code() + " adds up to " + partSum
            + " (stated " + part.points() + ", law " + expected + ")");
      }
      total += partSum;
    }
    if (total != 100) {
      throw new IllegalStateException(where + " adds up to " + total + ", not 100");
    }
  }
}

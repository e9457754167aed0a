package vn.ocop.workflow.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.ocop.workflow.criteria.CriteriaSet;

/**
 * Test data: a council member's answers on a criteria sheet reaching a chosen total. Criteria without
 * star minima are lowered first, so every minimum stays met unless {@link #missingMinimumFor} asks.
 */
final class ScoreSheetAnswers {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final CriteriaSet set;
  private final Map<String, CriteriaSet.Option> chosen = new LinkedHashMap<>();

  private ScoreSheetAnswers(CriteriaSet set) {
    this.set = set;
    set.criteria().forEach(c -> chosen.put(c.fieldKey(), best(c)));
  }

  static ScoreSheetAnswers on(CriteriaSet set) {
    return new ScoreSheetAnswers(set);
  }

  /**
   * Lowers criteria until the sheet totals {@code target}: unmarked criteria first, then those whose
   * lowest marker is 5 stars, then 4, then 3, so that the lower ranks' minima are the last to go.
   */
  ScoreSheetAnswers total(int target) {
    List<CriteriaSet.Criterion> order = set.criteria()
        .sorted(Comparator.comparingInt(ScoreSheetAnswers::lowestMarker).reversed())
        .toList();
    int total = total();
    for (CriteriaSet.Criterion criterion : order) {
      int excess = total - target;
      if (excess <= 0) {
        break;
      }
      CriteriaSet.Option current = chosen.get(criterion.fieldKey());
      CriteriaSet.Option lower = criterion.options().stream()
          .filter(o -> current.points() - o.points() <= excess)
          .min(Comparator.comparingInt(CriteriaSet.Option::points)).orElse(current);
      chosen.put(criterion.fieldKey(), lower);
      total -= current.points() - lower.points();
    }
    if (total != target) {
      exactly(target);
    }
    return this;
  }

  /** The lowest star marker among a criterion's options; 6 when it has none. */
  private static int lowestMarker(CriteriaSet.Criterion criterion) {
    return criterion.options().stream().filter(o -> o.minForStars() != null)
        .mapToInt(CriteriaSet.Option::minForStars).min().orElse(6);
  }

  /** Any combination of options with exactly {@code target} points (dynamic programming over the criteria). */
  private void exactly(int target) {
    List<CriteriaSet.Criterion> all = set.criteria().toList();
    CriteriaSet.Option[][] choice = new CriteriaSet.Option[all.size() + 1][101];
    boolean[] reachable = new boolean[101];
    reachable[0] = true;
    for (int i = 0; i < all.size(); i++) {
      boolean[] next = new boolean[101];
      for (int sum = 0; sum <= 100; sum++) {
        if (!reachable[sum]) {
          continue;
        }
        for (CriteriaSet.Option option : all.get(i).options()) {
          int reached = sum + option.points();
          if (reached <= 100 && !next[reached]) {
            next[reached] = true;
            choice[i + 1][reached] = option;
          }
        }
      }
      reachable = next;
    }
    if (!reachable[target]) {
      throw new IllegalStateException("No answers total " + target + " on set " + set.number());
    }
    int sum = target;
    for (int i = all.size(); i > 0; i--) {
      CriteriaSet.Option option = choice[i][sum];
      chosen.put(all.get(i - 1).fieldKey(), option);
      sum -= option.points();
    }
  }

  /**
   * Misses one minimum of the given rank, keeping the total: a marked option is swapped for a lower one
   * and an unmarked criterion is raised by the same points.
   */
  ScoreSheetAnswers missingMinimumFor(int stars) {
    for (CriteriaSet.Criterion criterion : set.criteria().toList()) {
      CriteriaSet.Option marked = criterion.options().stream()
          .filter(o -> Integer.valueOf(stars).equals(o.minForStars())).findFirst().orElse(null);
      CriteriaSet.Option lowest = criterion.options().stream().min(Comparator.comparingInt(CriteriaSet.Option::points)).orElseThrow();
      if (marked != null && lowest.points() < marked.points()
          && chosen.get(criterion.fieldKey()).points() >= marked.points()) {
        int lost = chosen.get(criterion.fieldKey()).points() - lowest.points();
        chosen.put(criterion.fieldKey(), lowest);
        raiseOthers(lost, criterion);
        return this;
      }
    }
    throw new IllegalStateException("No minimum for " + stars + " stars to miss on set " + set.number());
  }

  private void raiseOthers(int points, CriteriaSet.Criterion except) {
    int left = points;
    for (CriteriaSet.Criterion criterion : set.criteria().toList()) {
      if (left == 0) {
        return;
      }
      if (criterion == except || criterion.options().stream().anyMatch(o -> o.minForStars() != null)) {
        continue;
      }
      CriteriaSet.Option current = chosen.get(criterion.fieldKey());
      int room = left;
      CriteriaSet.Option higher = criterion.options().stream()
          .filter(o -> o.points() - current.points() <= room && o.points() >= current.points())
          .max(Comparator.comparingInt(CriteriaSet.Option::points)).orElse(current);
      chosen.put(criterion.fieldKey(), higher);
      left -= higher.points() - current.points();
    }
    if (left != 0) {
      throw new IllegalStateException("Cannot keep the total on set " + set.number());
    }
  }

  ScoreSheetAnswers unanswered(String fieldKey) {
    chosen.remove(fieldKey);
    return this;
  }

  int total() {
    return chosen.values().stream().mapToInt(CriteriaSet.Option::points).sum();
  }

  /** What the score-sheet form submits. */
  VariableMap asSubmission() {
    Map<String, String> codes = new LinkedHashMap<>();
    chosen.forEach((key, option) -> codes.put(key, option.code()));
    try {
      return Variables.createVariables()
          .putValue("memberAbsent", false)
          .putValue("disqualifiedOpinion", false)
          .putValueTyped("scoreSheet", SpinValues.jsonValue(JSON.writeValueAsString(codes)).create());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static VariableMap absent() {
    return Variables.createVariables().putValue("memberAbsent", true);
  }

  private static CriteriaSet.Option best(CriteriaSet.Criterion criterion) {
    return criterion.options().stream().max(Comparator.comparingInt(CriteriaSet.Option::points)).orElseThrow();
  }
}

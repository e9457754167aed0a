package vn.ocop.workflow.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The server's count of a council member's sheet (Phụ lục II, Quyết định 26/2026/QĐ-TTg): totals from the
 * criteria data only, star minima capping the rank, unanswered or unknown options refused.
 */
class SheetScorerTest {

  static final CriteriaCatalog CATALOG = new CriteriaCatalog();
  final SheetScorer scorer = new SheetScorer(CATALOG);
  final CriteriaSet set = CATALOG.get(8);

  Map<String, String> best() {
    Map<String, String> answers = new HashMap<>();
    set.criteria().forEach(criterion -> answers.put(criterion.fieldKey(), criterion.options().stream()
        .max(Comparator.comparingInt(CriteriaSet.Option::points)).orElseThrow().code()));
    return answers;
  }

  @Test
  void theBestOptionOfEveryCriterionScoresAHundredWithNoCap() {
    ScoredSheet sheet = scorer.score(8, best());
    assertThat(sheet.total()).isEqualTo(100);
    assertThat(sheet.minimaCapStars()).isEqualTo(5);
    assertThat(sheet.choices()).hasSize((int) set.criteria().count());
  }

  @Test
  void anOptionBelowAThreeStarMinimumCapsTheSheetAtTwoStars() {
    CriteriaSet.Criterion marked = set.criteria().filter(c -> below(c, 3) != null).findFirst().orElseThrow();
    CriteriaSet.Option lowest = below(marked, 3);
    Map<String, String> answers = best();
    answers.put(marked.fieldKey(), lowest.code());
    int best = marked.options().stream().mapToInt(CriteriaSet.Option::points).max().orElseThrow();

    ScoredSheet sheet = scorer.score(8, answers);

    assertThat(sheet.minimaCapStars()).isEqualTo(2);
    assertThat(sheet.total()).isEqualTo(100 - best + lowest.points());
  }

  /** An option of the criterion worth less than its option marked as the minimum for {@code stars}, if any. */
  static CriteriaSet.Option below(CriteriaSet.Criterion criterion, int stars) {
    return criterion.options().stream().filter(o -> Integer.valueOf(stars).equals(o.minForStars())).findFirst()
        .flatMap(minimum -> criterion.options().stream().filter(o -> o.points() < minimum.points()).findFirst())
        .orElse(null);
  }

  @Test
  void anUnansweredOrUnknownCriterionIsRefusedInVietnamese() {
    Map<String, String> answers = best();
    CriteriaSet.Criterion first = set.criteria().findFirst().orElseThrow();
    answers.remove(first.fieldKey());
    assertThatThrownBy(() -> scorer.score(8, answers)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Phiếu chấm điểm chưa chọn mức điểm hợp lệ").hasMessageContaining(first.code());
    answers.put(first.fieldKey(), "zz");
    assertThatThrownBy(() -> scorer.score(8, answers)).hasMessageContaining(first.code());
  }
}

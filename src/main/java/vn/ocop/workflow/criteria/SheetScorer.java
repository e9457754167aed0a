package vn.ocop.workflow.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Computes a score sheet's total and minima cap from the options chosen, using only the criteria data:
 * the sums shown in the browser are never trusted.
 */
@Component
public class SheetScorer {

  private final CriteriaCatalog catalog;

  public SheetScorer(CriteriaCatalog catalog) {
    this.catalog = catalog;
  }

  /** Whether the set's sheet names grounds for disqualification (set 26, tourism, has none). */
  public boolean hasDisqualificationGrounds(int productSet) {
    return catalog.get(productSet).disqualifiedWhen() != null;
  }

  /**
   * @param answers option code per criterion field key ({@code c1_1 → "b"})
   * @throws IllegalArgumentException with a Vietnamese message naming the first criteria that are
   *                                  unanswered or answered with an unknown option
   */
  public ScoredSheet score(int productSet, Map<String, String> answers) {
    CriteriaSet set = catalog.get(productSet);
    List<String> problems = new ArrayList<>();
    List<ScoredSheet.Choice> choices = new ArrayList<>();
    int total = 0;
    int cap = 5;
    for (CriteriaSet.Criterion criterion : set.criteria().toList()) {
      String answer = answers.get(criterion.fieldKey());
      CriteriaSet.Option chosen = criterion.options().stream()
          .filter(option -> option.code().equals(answer)).findFirst().orElse(null);
      if (chosen == null) {
        problems.add("tiêu chí " + criterion.code() + " (" + criterion.name() + ")");
        continue;
      }
      choices.add(new ScoredSheet.Choice(criterion.code(), chosen.code(), chosen.points()));
      total += chosen.points();
      for (CriteriaSet.Option marked : criterion.options()) {
        if (marked.minForStars() != null && chosen.points() < marked.points()) {
          cap = Math.min(cap, marked.minForStars() - 1);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Phiếu chấm điểm chưa chọn mức điểm hợp lệ cho: "
          + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
          + (problems.size() > 5 ? " và " + (problems.size() - 5) + " tiêu chí khác." : "."));
    }
    return new ScoredSheet(productSet, total, cap, List.copyOf(choices));
  }
}

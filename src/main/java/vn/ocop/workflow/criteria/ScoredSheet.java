package vn.ocop.workflow.criteria;

import java.util.List;

/**
 * A council member's sheet as the server computes it.
 *
 * @param minimaCapStars the highest rank (1-5) whose minimum criteria (*** / **** / *****) this sheet
 *                       meets: 5 when nothing constrains it, 2 when a 3-star minimum is missed
 */
public record ScoredSheet(int productSet, int total, int minimaCapStars, List<Choice> choices) {

  /** The option chosen for one criterion and the points it is worth. */
  public record Choice(String criterionCode, String optionCode, int points) {
  }
}

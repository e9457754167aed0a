package vn.ocop.workflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.criteria.CriteriaCatalog;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.form.FormValues;

/** The sector the council assigns is the one of the product's criteria set (QĐ 26/2026, Appendix II). */
class SectorMatchTest {

  static final CriteriaCatalog CATALOG = new CriteriaCatalog();

  static List<String> problems(int set, String sector) {
    List<String> problems = new ArrayList<>();
    Map<String, Object> values = Map.of("productSetName", CATALOG.get(set).title(), "sectorAssigned", sector);
    SectorMatch.check(CATALOG, new FormValues(values::get), problems);
    return problems;
  }

  @Test
  void aMeatProductIsFoodNotHandicraft() {
    assertThat(problems(8, "FOOD")).isEmpty();
    assertThat(problems(8, "HANDICRAFT")).singleElement().asString()
        .startsWith("«Ngành hàng» Hàng thủ công mỹ nghệ không khớp với bộ sản phẩm «8.")
        .endsWith("bộ này thuộc ngành Thực phẩm.");
  }

  @Test
  void everyCriteriaSetBelongsToTheSectorOfAppendixTwo() {
    int[][] ranges = {{1, 13}, {14, 17}, {18, 20}, {21, 22}, {23, 25}, {26, 26}};
    String[] sectors = {"FOOD", "DRINKS", "HERBAL", "HANDICRAFT", "ORNAMENTAL", "TOURISM"};
    for (int i = 0; i < ranges.length; i++) {
      for (int set = ranges[i][0]; set <= ranges[i][1]; set++) {
        CriteriaSet criteria = CATALOG.get(set);
        assertThat(SectorMatch.sectorOf(criteria)).as("set " + set).isEqualTo(sectors[i]);
      }
    }
  }
}

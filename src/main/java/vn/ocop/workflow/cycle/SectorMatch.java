package vn.ocop.workflow.cycle;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.ocop.workflow.criteria.CriteriaCatalog;
import vn.ocop.workflow.criteria.CriteriaSet;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.form.FormValues;

/**
 * The sector ("ngành hàng") the province council assigns must be the one of the product's criteria set
 * (QĐ 26/2026, Appendix II: sets 1–13 food, 14–17 drinks, 18–20 herbal, 21–22 handicraft, 23–25
 * ornamental, 26 tourism): a chicken product is no handicraft.
 */
final class SectorMatch {

  /** The sector codes of the form screeningCouncil, with their labels, by the product named in the set. */
  static final Map<String, String> LABELS = Map.of("FOOD", "Thực phẩm", "DRINKS", "Đồ uống",
      "HERBAL", "Dược liệu và sản phẩm từ dược liệu", "HANDICRAFT", "Hàng thủ công mỹ nghệ",
      "ORNAMENTAL", "Sinh vật cảnh", "TOURISM", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch");

  private SectorMatch() {
  }

  /** The sector code of a criteria set, from its product ("Thực phẩm", "Hàng thủ công mỹ nghệ" …). */
  static String sectorOf(CriteriaSet set) {
    String product = set.product().toLowerCase(Locale.forLanguageTag("vi"));
    if (product.contains("thủ công mỹ nghệ")) {
      return "HANDICRAFT";
    }
    if (product.startsWith("thực phẩm")) {
      return "FOOD";
    }
    if (product.startsWith("đồ uống")) {
      return "DRINKS";
    }
    if (product.startsWith("dược liệu")) {
      return "HERBAL";
    }
    if (product.startsWith("sinh vật cảnh")) {
      return "ORNAMENTAL";
    }
    if (product.startsWith("dịch vụ du lịch")) {
      return "TOURISM";
    }
    throw new IllegalStateException("Criteria set " + set.number() + " has a product of no known sector: " + set.product());
  }

  /** Adds a problem when the sector chosen is not the one of the product's criteria set (found by its title). */
  static void check(CriteriaCatalog catalog, FormValues values, List<String> problems) {
    String chosen = values.text(CycleVariables.SECTOR_ASSIGNED);
    String setTitle = values.text(ProductVariables.PRODUCT_SET_NAME);
    if (chosen == null || chosen.isEmpty() || setTitle == null) {
      return;
    }
    Optional<CriteriaSet> set = catalog.all().stream().filter(s -> s.title().equals(setTitle)).findFirst();
    if (set.isPresent() && !sectorOf(set.get()).equals(chosen)) {
      String expected = sectorOf(set.get());
      problems.add("«Ngành hàng» " + LABELS.getOrDefault(chosen, chosen) + " không khớp với bộ sản phẩm «" + setTitle
          + "»: bộ này thuộc ngành " + LABELS.get(expected) + ".");
    }
  }
}

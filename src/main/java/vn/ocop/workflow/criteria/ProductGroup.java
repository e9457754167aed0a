package vn.ocop.workflow.criteria;

import java.util.Arrays;

/** The 6 product groups of Decision 26/2026/QĐ-TTg, with the product sets (1-26) each holds. */
public enum ProductGroup {
  FOOD("Thực phẩm", 1, 13),
  DRINKS("Đồ uống", 14, 17),
  HERBAL("Dược liệu và sản phẩm từ dược liệu", 18, 20),
  HANDICRAFT("Hàng thủ công mỹ nghệ", 21, 22),
  ORNAMENTAL("Sinh vật cảnh", 23, 25),
  TOURISM("Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch", 26, 26);

  private final String vietnamese;
  private final int firstSet;
  private final int lastSet;

  ProductGroup(String vietnamese, int firstSet, int lastSet) {
    this.vietnamese = vietnamese;
    this.firstSet = firstSet;
    this.lastSet = lastSet;
  }

  public static ProductGroup ofSet(int productSet) {
    return Arrays.stream(values()).filter(g -> productSet >= g.firstSet && productSet <= g.lastSet).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No product set " + productSet));
  }

  public String vietnamese() {
    return vietnamese;
  }

  public int firstSet() {
    return firstSet;
  }

  public int lastSet() {
    return lastSet;
  }
}

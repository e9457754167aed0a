package vn.ocop.workflow.cycle;

/** The 6 product groups of Decision 26/2026/QĐ-TTg and the product sets (1-26) of each. */
final class ProductGroups {

  private ProductGroups() {
  }

  static String ofSet(int productSet) {
    if (productSet >= 1 && productSet <= 13) {
      return "FOOD";
    } else if (productSet <= 17) {
      return "DRINKS";
    } else if (productSet <= 20) {
      return "HERBAL";
    } else if (productSet <= 22) {
      return "HANDICRAFT";
    } else if (productSet <= 25) {
      return "ORNAMENTAL";
    } else if (productSet == 26) {
      return "TOURISM";
    }
    throw new IllegalArgumentException("No product set " + productSet);
  }
}

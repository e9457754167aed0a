package vn.ocop.workflow.registry;

import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import vn.ocop.workflow.criteria.ProductGroup;

/** Strict checks of the public endpoints' path and query parameters; anything else is refused with 400. */
final class PublicParameters {

  /** (province)-(commune)-(sequence)-(year), e.g. 24-07201-001-2026. */
  static final Pattern PRODUCT_CODE = Pattern.compile("[0-9]{1,6}-[0-9]{1,6}-[0-9]{3,6}-[0-9]{4}");
  private static final Pattern UNIT_CODE = Pattern.compile("[0-9]{1,16}");
  static final int MAX_PAGE_SIZE = 100;

  private PublicParameters() {
  }

  static String productCode(String value) {
    if (value == null || !PRODUCT_CODE.matcher(value).matches()) {
      throw new PublicRequestException(HttpStatus.BAD_REQUEST,
          "Mã sản phẩm OCOP không đúng định dạng (tỉnh-xã-số thứ tự-năm, ví dụ 24-07201-001-2026).");
    }
    return value;
  }

  static String unitCode(String value) {
    if (value != null && !UNIT_CODE.matcher(value).matches()) {
      throw new PublicRequestException(HttpStatus.BAD_REQUEST, "Mã tỉnh phải là chữ số.");
    }
    return value;
  }

  static ProductGroup productGroup(String value) {
    if (value == null) {
      return null;
    }
    try {
      return ProductGroup.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new PublicRequestException(HttpStatus.BAD_REQUEST,
          "Nhóm sản phẩm phải là một trong: FOOD, DRINKS, HERBAL, HANDICRAFT, ORNAMENTAL, TOURISM.");
    }
  }

  static Integer stars(String value) {
    if (value == null) {
      return null;
    }
    if (!value.matches("[345]")) {
      throw new PublicRequestException(HttpStatus.BAD_REQUEST, "Hạng sao phải là 3, 4 hoặc 5.");
    }
    return Integer.valueOf(value);
  }

  static int number(String value, String name, int defaultValue, int min, int max) {
    if (value == null) {
      return defaultValue;
    }
    if (!value.matches("[0-9]{1,6}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
      throw new PublicRequestException(HttpStatus.BAD_REQUEST, "Tham số " + name + " phải là số từ " + min + " đến " + max + ".");
    }
    return Integer.parseInt(value);
  }
}

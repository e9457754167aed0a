package vn.ocop.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExcelExportTest {

  @Test
  void aSheetNameDropsTheCharactersExcelRefusesAndKeepsToThirtyOneCharacters() {
    String name = ExcelExport.sheetName("Giấy hết hạn trong 180 ngày tới: đánh giá lại [tỉnh]/huyện?", new HashSet<>());
    assertThat(name).hasSizeLessThanOrEqualTo(31).doesNotContain(":", "[", "]", "/", "?").startsWith("Giấy hết hạn");
  }

  @Test
  void twoTablesWithTheSameBeginningGetDifferentSheets() {
    Set<String> used = new HashSet<>();
    String first = ExcelExport.sheetName("Sản phẩm theo giai đoạn và xã của toàn tỉnh", used);
    String second = ExcelExport.sheetName("Sản phẩm theo giai đoạn và xã của toàn tỉnh", used);
    assertThat(second).isNotEqualTo(first).endsWith("(2)").hasSizeLessThanOrEqualTo(31);
  }
}

package vn.ocop.workflow.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed score-sheet forms are exactly what the criteria data generates. After changing
 * criteria-sets.json, regenerate them with {@code ./mvnw test -Dtest=ScoreSheetFormTest -Docop.writeForms=true}.
 */
class ScoreSheetFormTest {

  private static final CriteriaCatalog CATALOG = new CriteriaCatalog();

  @Test
  void everyCriteriaSetHasItsGeneratedScoreSheetForm() throws IOException {
    boolean write = Boolean.getBoolean("ocop.writeForms");
    for (CriteriaSet set : CATALOG.all()) {
      Path file = Path.of("forms", set.formId() + ".form");
      String generated = ScoreSheetForm.json(set);
      if (write) {
        Files.writeString(file, generated, StandardCharsets.UTF_8);
      }
      assertThat(file).as(set.formId()).exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(set.formId()).isEqualTo(generated);
    }
  }

  /** Phụ lục II QĐ 26/2026/QĐ-TTg: only sheets that name grounds for disqualification show the box. */
  @Test
  void onlySheetsWithGroundsForDisqualificationShowTheBox() {
    assertThat(ScoreSheetForm.json(CATALOG.get(26))).doesNotContain("disqualifiedOpinion");
    assertThat(ScoreSheetForm.json(CATALOG.get(8))).contains("disqualifiedOpinion", "Hồ sơ thuộc trường hợp bị loại (");
  }
}

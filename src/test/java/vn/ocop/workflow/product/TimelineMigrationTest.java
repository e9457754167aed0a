package vn.ocop.workflow.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V8 on a database that has a product's story in the three old journals: every row lands on the
 * product's timeline with its time, author, level, kind, text and its dossier or certificate, the
 * journals are gone, and the product's stage is checked from then on.
 */
class TimelineMigrationTest {

  final DriverManagerDataSource database = new DriverManagerDataSource(
      "jdbc:h2:mem:timeline_migration_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
  final JdbcTemplate jdbc = new JdbcTemplate(database);

  Flyway flyway(String target) {
    return Flyway.configure().dataSource(database).locations("classpath:db/migration").table("ocop_schema_history")
        .target(target).load();
  }

  @Test
  void everyNoteAndEventOfTheThreeJournalsIsOnTheTimelineAfterwards() {
    flyway("6").migrate();
    jdbc.update("INSERT INTO ocop_administrative_unit (code, unit_level, name, parent_code) VALUES ('24', 'PROVINCE', 'Tỉnh Bắc Giang', NULL)");
    jdbc.update("INSERT INTO ocop_administrative_unit (code, unit_level, name, parent_code) VALUES ('07201', 'COMMUNE', 'Xã Tam Tiến', '24')");
    jdbc.update("INSERT INTO ocop_producer (id, name, producer_type, representative_name, address, commune_code, created_at)"
        + " VALUES (1, 'HTX Tam Tiến', 'HTX', 'Trần Văn Hải', 'Tam Tiến', '07201', TIMESTAMP '2026-01-05 08:00:00')");
    jdbc.update("INSERT INTO ocop_product (id, producer_id, name, product_set, commune_code, created_at, stage)"
        + " VALUES (1, 1, 'Chả gà Yên Thế', 8, '07201', TIMESTAMP '2026-01-05 08:00:00', 'CERTIFIED')");
    jdbc.update("INSERT INTO ocop_product_note (product_id, created_at, stage, unit_level, kind, author, text)"
        + " VALUES (1, TIMESTAMP '2026-01-10 09:00:00', 'IDEA', 'COMMUNE', 'DEFECTS', 'xatamtien', 'Thiếu chữ ký.')");
    jdbc.update("INSERT INTO ocop_dossier (id, product_id, dossier_type, received_on, status, created_at, updated_at)"
        + " VALUES (1, 1, 'FIRST', DATE '2026-08-01', 'CERTIFIED', TIMESTAMP '2026-08-01 08:00:00', TIMESTAMP '2026-08-01 08:00:00')");
    jdbc.update("INSERT INTO ocop_dossier_note (dossier_id, created_at, unit_level, kind, author, text)"
        + " VALUES (1, TIMESTAMP '2026-08-02 10:00:00', 'COMMUNE', 'RETURN', 'xatamtien', 'Bổ sung phiếu kiểm nghiệm.')");
    jdbc.update("INSERT INTO ocop_certificate (id, certificate_number, product_id, dossier_id, stars, issued_on, valid_until,"
        + " issued_by_level, decision_number, status, created_at) VALUES (1, 'OCOP-24-2026-0001', 1, 1, 4,"
        + " DATE '2026-09-01', DATE '2029-09-01', 'PROVINCE', '321/QĐ-UBND', 'VALID', TIMESTAMP '2026-09-01 08:00:00')");
    jdbc.update("INSERT INTO ocop_certificate_event (certificate_id, kind, occurred_at, author, text)"
        + " VALUES (1, 'ISSUED', TIMESTAMP '2026-09-01 08:00:00', NULL, 'Cấp giấy chứng nhận 4 sao.')");

    flyway("8").migrate();

    List<Map<String, Object>> timeline = jdbc.queryForList("SELECT product_id, occurred_at, stage, unit_level, kind,"
        + " author, text, dossier_id, certificate_id FROM ocop_product_timeline ORDER BY id");
    assertThat(timeline).extracting(row -> row.get("KIND")).containsExactly("DEFECTS", "RETURN", "ISSUED");
    assertThat(timeline.get(0)).containsEntry("STAGE", "IDEA").containsEntry("UNIT_LEVEL", "COMMUNE")
        .containsEntry("AUTHOR", "xatamtien").containsEntry("TEXT", "Thiếu chữ ký.").containsEntry("DOSSIER_ID", null);
    assertThat(timeline.get(1)).containsEntry("DOSSIER_ID", 1L).containsEntry("TEXT", "Bổ sung phiếu kiểm nghiệm.");
    assertThat(timeline.get(2)).containsEntry("CERTIFICATE_ID", 1L).containsEntry("AUTHOR", null);
    assertThat(timeline).allSatisfy(row -> assertThat(row.get("PRODUCT_ID")).isEqualTo(1L));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) IN"
        + " ('ocop_product_note', 'ocop_dossier_note', 'ocop_certificate_event')", Integer.class)).isZero();
    assertThatThrownBy(() -> jdbc.update("UPDATE ocop_product SET stage = 'SOMEWHERE' WHERE id = 1"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }
}

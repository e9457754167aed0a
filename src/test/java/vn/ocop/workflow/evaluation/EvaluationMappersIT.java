package vn.ocop.workflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ocop.workflow.product.TimelineEntry;
import vn.ocop.workflow.product.ProductTimeline;
import vn.ocop.workflow.product.ProductRow;
import vn.ocop.workflow.product.ProductMapper;
import vn.ocop.workflow.product.ProducerRow;
import vn.ocop.workflow.certificate.CertificateMapper;
import vn.ocop.workflow.certificate.CertificateRow;
import vn.ocop.workflow.common.Sequences;
import vn.ocop.workflow.criteria.ScoredSheet;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.dossier.DossierRow;
import vn.ocop.workflow.testsupport.SharedPostgresTest;

/** The evaluation mappers against a real PostgreSQL: what they write is what SQL reads back, and the schema guards its rules. */
@SharedPostgresTest
class EvaluationMappersIT {

  @Autowired DossierMapper dossiers;
  @Autowired ProductMapper products;
  @Autowired ProductTimeline timeline;
  @Autowired ScoreSheetMapper sheets;
  @Autowired CertificateMapper certificates;
  @Autowired Sequences sequences;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;


  DossierRow aDossier() {
    LocalDateTime now = LocalDateTime.now();
    ProducerRow producer = new ProducerRow();
    producer.name = "HTX Chè Tân Cương";
    producer.producerType = "HTX";
    producer.representativeName = "Đỗ Thị Hạnh";
    producer.address = "Xã Tam Tiến";
    producer.communeCode = "07201";
    producer.createdAt = now;
    products.insertProducer(producer);
    ProductRow product = new ProductRow();
    product.producerId = producer.id;
    product.name = "Chè búp khô";
    product.productSet = 11;
    product.communeCode = "07201";
    product.createdAt = now;
    products.insertProduct(product);
    DossierRow dossier = new DossierRow();
    dossier.productId = product.id;
    dossier.dossierType = "FIRST";
    dossier.receivedOn = LocalDate.of(2026, 6, 1);
    dossier.status = "AT_COMMUNE";
    dossier.createdAt = now;
    dossier.updatedAt = now;
    dossiers.insertDossier(dossier);
    return dossier;
  }

  @Test
  void dossiersTheirOutcomeAndNotesAreStoredAndReadBack() {
    DossierRow dossier = aDossier();
    dossiers.updateDossierRegime(dossier.id, "QD26_2026");
    dossiers.updateDossierOutcome(dossier.id, "NOT_RECOGNISED", new BigDecimal("45.25"), 2);
    timeline.record(TimelineEntry.of(dossier.productId, "LOW_RANK", "Chưa đạt 3 sao: thiếu công bố chất lượng.")
        .atLevel("PROVINCE").ofDossier(dossier.id));

    DossierRow read = dossiers.selectDossierById(dossier.id);
    assertThat(read.regime).isEqualTo("QD26_2026");
    assertThat(read.status).isEqualTo("NOT_RECOGNISED");
    assertThat(read.averageScore).isEqualByComparingTo("45.25");
    assertThat(read.starRank).isEqualTo(2);
    assertThat(timeline.ofDossier(dossier.id)).singleElement()
        .satisfies(note -> assertThat(note.text()).isEqualTo("Chưa đạt 3 sao: thiếu công bố chất lượng."));
    assertThat(jdbc.queryForObject("SELECT text FROM ocop_product_timeline WHERE dossier_id = ?", String.class, dossier.id))
        .isEqualTo("Chưa đạt 3 sao: thiếu công bố chất lượng.");
  }

  @Test
  void aScoreSheetWithItsItemsAndTheRoundsResultAreStored() {
    DossierRow dossier = aDossier();
    ScoreSheetRow sheet = new ScoreSheetRow();
    sheet.dossierId = dossier.id;
    sheet.councilLevel = "PROVINCE";
    sheet.scoringRound = 1;
    sheet.memberId = "hoidong1";
    sheet.chair = true;
    sheet.productSet = 11;
    sheets.insertSheet(sheet);
    sheet.absent = false;
    sheet.total = 72;
    sheet.minimaCapStars = 4;
    sheet.disqualifiedOpinion = false;
    sheet.submittedAt = LocalDateTime.now();
    sheets.updateSubmission(sheet);
    sheets.insertItems(sheet.id, List.of(new ScoredSheet.Choice("1.1", "c", 3), new ScoredSheet.Choice("1.2", "a", 0)));

    ScoreSheetRow read = sheets.selectSheet(dossier.id, "PROVINCE", 1, "hoidong1");
    assertThat(read.total).isEqualTo(72);
    assertThat(read.chair).isTrue();
    assertThat(sheets.selectSheets(dossier.id, "PROVINCE", 1)).hasSize(1);
    assertThat(sheets.selectItems(sheet.id)).containsExactly(
        new ScoreSheetMapper.ScoredItem("1.1", "c", 3), new ScoreSheetMapper.ScoredItem("1.2", "a", 0));

    EvaluationResultRow result = new EvaluationResultRow();
    result.dossierId = dossier.id;
    result.councilLevel = "PROVINCE";
    result.scoringRound = 1;
    result.memberCount = 1;
    result.presentCount = 1;
    result.averageScore = new BigDecimal("72.00");
    result.spread = BigDecimal.ZERO;
    result.minimaCapStars = 4;
    result.createdAt = LocalDateTime.now();
    sheets.insertResult(result);
    assertThat(sheets.selectResults(dossier.id)).singleElement()
        .satisfies(r -> assertThat(r.averageScore).isEqualByComparingTo("72"));

    ScoreSheetRow twice = new ScoreSheetRow();
    twice.dossierId = dossier.id;
    twice.councilLevel = "PROVINCE";
    twice.scoringRound = 1;
    twice.memberId = "hoidong1";
    twice.productSet = 11;
    assertThatThrownBy(() -> sheets.insertSheet(twice)).as("one sheet per member and round")
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void certificatesAreStoredAndTheSchemaRefusesStarsBelowThree() {
    DossierRow dossier = aDossier();
    CertificateRow certificate = new CertificateRow();
    certificate.certificateNumber = "OCOP-24-2026-9001";
    certificate.productId = dossier.productId;
    certificate.dossierId = dossier.id;
    certificate.stars = 4;
    certificate.issuedOn = LocalDate.of(2026, 6, 20);
    certificate.validUntil = LocalDate.of(2029, 6, 20);
    certificate.issuedByLevel = "PROVINCE";
    certificate.decisionNumber = "1234/QĐ-UBND";
    certificate.status = "VALID";
    certificate.createdAt = LocalDateTime.now();
    certificates.insert(certificate);
    certificates.updateStatus(certificate.id, "SUPERSEDED");
    assertThat(certificates.selectByNumber("OCOP-24-2026-9001").status).isEqualTo("SUPERSEDED");
    assertThat(certificates.selectByProduct(dossier.productId)).hasSize(1);

    certificate.certificateNumber = "OCOP-24-2026-9002";
    certificate.stars = 2;
    assertThatThrownBy(() -> certificates.insert(certificate)).isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void sequencesCountWithoutGapsPerName() {
    long[] numbers = transaction.execute(status -> new long[] {
        sequences.next("test-a"), sequences.next("test-a"), sequences.next("test-b"), sequences.next("test-a")});
    assertThat(numbers).containsExactly(1, 2, 1, 3);
  }
}

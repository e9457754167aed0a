package vn.ocop.workflow.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.workflow.certificate.CertifiedProductBuilder.aCertifiedProduct;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ocop.workflow.product.ProductMapper;
import vn.ocop.workflow.dossier.DossierMapper;
import vn.ocop.workflow.testsupport.SharedPostgresTest;
import vn.ocop.workflow.testsupport.TasklistClient;

/**
 * The certificate's life through REST on PostgreSQL, each step under its officer's own login as Tasklist
 * submits it: a province officer reports a finding from Tasklist's start form, inspects, revokes, and the
 * public lookup shows REVOKED at once; officers of a commune see none of the province's work.
 */
@SharedPostgresTest
class CertificateLifecycleRestIT {

  static final String PROVINCE_OFFICER = "tinhbacgiang";
  static final String COMMUNE_OFFICER = "xatamtien";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired DossierMapper dossiers;
  @Autowired ProductMapper products;
  @Autowired CertificateIssuer issuer;
  @Autowired CertificateMapper certificates;
  @Autowired PlatformTransactionManager transactions;


  String certifiedProductCode() {
    CertificateRow certificate = new TransactionTemplate(transactions).execute(status ->
        aCertifiedProduct().issuedOn(LocalDate.now().minusMonths(2)).issue(engine, products, dossiers, issuer));
    return products.selectProductById(certificate.productId).productCode;
  }

  String lifecycleOf(String productCode) {
    String number = certificates.selectByProduct(products.selectProductByCode(productCode).id).get(0).certificateNumber;
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
  }

  String publicStatus(TasklistClient client, String productCode) {
    HttpResponse<String> response = client.http().get("/api/public/certificates/" + productCode);
    assertThat(response.statusCode()).isEqualTo(200);
    return TasklistClient.read(response.body()).path("status").asText();
  }

  @Test
  void aProvinceOfficerReportsAFindingInspectsAndRevokesAndTheRevocationIsPublicAtOnce() {
    TasklistClient client = new TasklistClient(port);
    String productCode = certifiedProductCode();
    String lifecycle = lifecycleOf(productCode);
    assertThat(publicStatus(client, productCode)).isEqualTo("VALID");

    HttpResponse<String> byCommune = client.post("/engine-rest/process-definition/key/certificateFinding/submit-form",
        Map.of("productCode", productCode, "findingSource", "Người tiêu dùng", "findingSummary",
            "Nhãn OCOP dán trên sản phẩm khác của cơ sở."), COMMUNE_OFFICER);
    assertThat(byCommune.statusCode()).as("a commune officer cannot report to the province").isEqualTo(403);
    client.start("certificateFinding", Map.of("productCode", productCode,
        "findingSource", "Chi cục Quản lý thị trường", "findingSummary", "Nhãn OCOP dán trên sản phẩm khác của cơ sở."),
        PROVINCE_OFFICER);

    assertThat(client.tasks(COMMUNE_OFFICER, "Task_InspectProduct", lifecycle)).isEmpty();
    String inspection = client.onlyTask(PROVINCE_OFFICER, "Task_InspectProduct", lifecycle);
    client.submit(PROVINCE_OFFICER, inspection, Map.of("inspectionDate", LocalDate.now().toString(),
        "inspectionFindings", "Xác minh tại cửa hàng: 3 sản phẩm khác dán nhãn OCOP 4 sao.",
        "revocationGroundFound", "true", "revocationGround", "MARK_MISUSE",
        "conclusionDate", LocalDate.now().toString()));
    assertThat(client.http().get("/engine-rest/process-instance/" + lifecycle + "/variables", COMMUNE_OFFICER, "demo")
        .statusCode()).as("a commune officer reads no variables of the province's work").isIn(403, 404);
    String decision = client.onlyTask(PROVINCE_OFFICER, "Task_DecideRevocation", lifecycle);
    client.submit(PROVINCE_OFFICER, decision, Map.of("certificateRevoked", "true",
        "revocationDecisionNumber", "321/QĐ-UBND", "revocationDate", LocalDate.now().toString()));

    assertThat(publicStatus(client, productCode)).isEqualTo("REVOKED");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(lifecycle).count()).isZero();
  }

  @Test
  void aFindingOnAnUnknownProductChangesNothing() {
    TasklistClient client = new TasklistClient(port);
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("certificateFinding").count();
    HttpResponse<String> refused = client.post("/engine-rest/process-definition/key/certificateFinding/submit-form",
        Map.of("productCode", "24-07201-999-2020", "findingSource", "Người tiêu dùng",
            "findingSummary", "Sản phẩm không rõ nguồn gốc."), PROVINCE_OFFICER);
    assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(refused.body()).contains("Không có sản phẩm OCOP mã «24-07201-999-2020»");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("certificateFinding")
        .count()).isEqualTo(before);
  }
}

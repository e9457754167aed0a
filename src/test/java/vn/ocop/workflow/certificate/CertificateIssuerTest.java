package vn.ocop.workflow.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.ocop.workflow.common.Sequences;
import vn.ocop.workflow.letter.ProductDocuments;
import vn.ocop.workflow.notice.Notices;

/**
 * Issuing a certificate (Art. 4.3, Decision 26/2026/QĐ-TTg) without an engine or a database: 36 months
 * of validity from the decision, a number per issuer and year, the product's previous valid certificate
 * superseded and its lifecycle told, the new certificate's lifecycle started under its number.
 */
class CertificateIssuerTest {

  static final long PRODUCT = 11;
  final CertificateMapper certificates = mock(CertificateMapper.class);
  final CertificateEvents events = mock(CertificateEvents.class);
  final Sequences sequences = mock(Sequences.class);
  final RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
  final ProcessEngineServices services = mock(ProcessEngineServices.class);
  final List<CertificateRow> stored = new ArrayList<>();
  final CertificateIssuer issuer = new CertificateIssuer(certificates, events, new CertificateNumbers(sequences),
      mock(Notices.class), mock(ProductDocuments.class));

  @BeforeEach
  void setUp() {
    when(services.getRuntimeService()).thenReturn(runtime);
    when(services.getIdentityService()).thenReturn(mock(IdentityService.class));
    when(sequences.next("certificate-24-2026")).thenReturn(7L);
    doAnswer(call -> {
      CertificateRow row = call.getArgument(0);
      row.id = 100L + stored.size();
      stored.add(row);
      return null;
    }).when(certificates).insert(any());
    when(certificates.selectByProduct(PRODUCT)).thenReturn(stored);
    when(certificates.selectLifecycleContext(any(Long.class))).thenAnswer(call -> {
      CertificateRow row = stored.stream().filter(c -> c.id == (long) call.getArgument(0)).findFirst().orElseThrow();
      return new LifecycleContext(row.id, row.certificateNumber, row.stars, row.issuedOn, row.validUntil, PRODUCT,
          "24-07201-001-2026", "Chả gà Yên Thế", "07201");
    });
  }

  CertificateIssuer.Grant grant(int stars, LocalDate on) {
    return new CertificateIssuer.Grant(PRODUCT, 5, stars, on, "PROVINCE", "24", "321/QĐ-UBND");
  }

  @Test
  void aCertificateIsValidThirtySixMonthsFromTheDecisionAndNumberedByIssuerAndYear() {
    CertificateRow certificate = issuer.issue(services, grant(4, LocalDate.of(2026, 3, 15)), null);

    assertThat(certificate.certificateNumber).isEqualTo("OCOP-24-2026-0007");
    assertThat(certificate.validUntil).isEqualTo(LocalDate.of(2029, 3, 15));
    assertThat(certificate.status).isEqualTo("VALID");
    assertThat(certificate.stars).isEqualTo(4);
    assertThat(certificate.issuedByLevel).isEqualTo("PROVINCE");
  }

  @Test
  @SuppressWarnings("unchecked")
  void itsLifecycleStartsUnderItsNumberWithTheProductByReference() {
    issuer.issue(services, grant(4, LocalDate.of(2026, 3, 15)), null);

    ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.forClass(Map.class);
    verify(runtime).startProcessInstanceByKey(eq(LifecycleVariables.PROCESS_KEY), eq("OCOP-24-2026-0007"),
        variables.capture());
    assertThat(variables.getValue()).containsEntry("productId", PRODUCT).containsEntry("productCode", "24-07201-001-2026")
        .containsEntry("communeCode", "07201").containsEntry("validUntilText", "15/03/2029")
        .doesNotContainKeys("productName", "producerName", "productSetName", "communeName", "provinceCode",
            "provinceName");
  }

  @Test
  void aNewCertificateSupersedesTheProductsValidOneAndTellsItsLifecycle() {
    CertificateRow first = issuer.issue(services, grant(3, LocalDate.of(2026, 3, 15)), null);
    when(sequences.next("certificate-24-2026")).thenReturn(8L);

    issuer.issue(services, grant(4, LocalDate.of(2026, 9, 1)), null);

    verify(certificates).end(first.id, "SUPERSEDED", vn.ocop.workflow.common.EngineClock.today(), null, null);
    verify(events).record(eq(PRODUCT), eq(first.id), eq("SUPERSEDED"), anyString());
    verify(runtime.createMessageCorrelation(LifecycleVariables.MESSAGE_SUPERSEDED))
        .processInstanceBusinessKey("OCOP-24-2026-0007");
  }

  @Test
  void aRenewalLeavesTheRenewedCertificatesLifecycleToEndByItself() {
    CertificateRow first = issuer.issue(services, grant(3, LocalDate.of(2026, 3, 15)), null);
    when(sequences.next("certificate-24-2026")).thenReturn(8L);

    issuer.issue(services, grant(3, LocalDate.of(2026, 9, 1)), first.certificateNumber);

    verify(certificates).end(first.id, "SUPERSEDED", vn.ocop.workflow.common.EngineClock.today(), null, null);
    verify(runtime.createMessageCorrelation(LifecycleVariables.MESSAGE_SUPERSEDED), never())
        .processInstanceBusinessKey(anyString());
  }
}

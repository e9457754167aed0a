package vn.ocop.workflow.certificate;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, gives every VALID certificate that has no running lifecycle one: certificates issued
 * before this version (or loaded from a province's earlier records) are watched like new ones, so that no
 * certificate's expiry, re-evaluation or inspection is forgotten.
 */
@Component
@Order(50)
class LifecycleBackfill implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(LifecycleBackfill.class);

  private final ProcessEngine engine;
  private final CertificateMapper certificates;
  private final CertificateIssuer issuer;

  LifecycleBackfill(ProcessEngine engine, CertificateMapper certificates, CertificateIssuer issuer) {
    this.engine = engine;
    this.certificates = certificates;
    this.issuer = issuer;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Set<String> watched = new HashSet<>();
    for (ProcessInstance lifecycle : engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(LifecycleVariables.PROCESS_KEY).list()) {
      watched.add(lifecycle.getBusinessKey());
    }
    int started = 0;
    for (CertificateRow certificate : certificates.selectValid()) {
      if (!watched.contains(certificate.certificateNumber)) {
        issuer.start(engine, certificate.id);
        started++;
      }
    }
    if (started > 0) {
      LOG.info("Started the lifecycle of {} valid certificates that had none", started);
    }
  }
}

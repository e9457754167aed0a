package vn.ocop.workflow.certificate;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.notice.Notices;

/** Records what happens to a certificate ({@code ocop_certificate_event}) at the engine's time, by whom. */
@Component
class CertificateEvents {

  private final CertificateMapper mapper;
  private final Notices notices;

  CertificateEvents(CertificateMapper mapper, Notices notices) {
    this.mapper = mapper;
    this.notices = notices;
  }

  void record(long certificateId, String kind, String text, IdentityService identityService) {
    Authentication user = identityService.getCurrentAuthentication();
    mapper.insertEvent(new CertificateEvent(null, certificateId, kind, EngineClock.dateTime(),
        user == null ? null : user.getUserId(), text));
    notices.certificateEvent(certificateId, kind, text);
  }

  void record(VariableScope scope, String kind, String text, IdentityService identityService) {
    record(LifecycleVariables.certificateId(scope), kind, text, identityService);
  }
}

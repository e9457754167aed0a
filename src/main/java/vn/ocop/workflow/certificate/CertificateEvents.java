package vn.ocop.workflow.certificate;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.notice.Notices;
import vn.ocop.workflow.product.ProductTimeline;
import vn.ocop.workflow.product.ProductVariables;
import vn.ocop.workflow.product.TimelineEntry;

/**
 * What happens to a certificate, on its product's timeline ({@link ProductTimeline}): at the engine's time,
 * by the user the engine works for.
 */
@Component
public class CertificateEvents {

  private final ProductTimeline timeline;
  private final Notices notices;

  CertificateEvents(ProductTimeline timeline, Notices notices) {
    this.timeline = timeline;
    this.notices = notices;
  }

  void record(VariableScope scope, String kind, String text) {
    record(ProductVariables.productId(scope), LifecycleVariables.certificateId(scope), kind, text);
  }

  void record(long productId, long certificateId, String kind, String text) {
    timeline.record(TimelineEntry.of(productId, kind, text).ofCertificate(certificateId));
    notices.certificateEvent(certificateId, kind, text);
  }

  /** A certificate's events, oldest first. */
  public List<CertificateEvent> of(long certificateId) {
    return timeline.ofCertificate(certificateId).stream().map(CertificateEvent::of).toList();
  }
}

package vn.ocop.workflow.product;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.EngineClock;

/**
 * The whole story of a product in one table ({@code ocop_product_timeline}): the cycle's written decisions
 * (defects, rejections, ineligibility), the evaluation's (returns, low ranks, disqualifications, overdue
 * rounds) and what happens to its certificates (issue, reminders, inspections, revocation, renewal,
 * expiry). {@link #record} is the one way an entry is written: at the engine's time, by the user the engine
 * is working for (none when the application acts by itself).
 */
@Component
public class ProductTimeline {

  private final TimelineMapper mapper;
  private final IdentityService identityService;

  ProductTimeline(TimelineMapper mapper, @Lazy IdentityService identityService) {
    this.mapper = mapper;
    this.identityService = identityService;
  }

  /** Records {@code entry} now, by the current user unless it names its author; returns it as stored. */
  public TimelineEntry record(TimelineEntry entry) {
    if (entry.kind() == null || entry.text() == null || entry.text().isBlank()) {
      throw new IllegalArgumentException("A timeline entry needs a kind and a text: " + entry);
    }
    Authentication user = identityService.getCurrentAuthentication();
    TimelineEntry recorded = entry.recorded(EngineClock.dateTime(), user == null ? null : user.getUserId());
    mapper.insert(recorded);
    return recorded;
  }

  /** A product's story, oldest first. */
  public List<TimelineEntry> ofProduct(long productId) {
    return mapper.selectByProduct(productId);
  }

  /** What was written about a dossier, in the order it was recorded. */
  public List<TimelineEntry> ofDossier(long dossierId) {
    return mapper.selectByDossier(dossierId);
  }

  /** What happened to a certificate, oldest first. */
  public List<TimelineEntry> ofCertificate(long certificateId) {
    return mapper.selectByCertificate(certificateId);
  }
}

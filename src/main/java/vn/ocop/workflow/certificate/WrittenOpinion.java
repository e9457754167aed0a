package vn.ocop.workflow.certificate;

import java.time.LocalDateTime;

/** A council member's written opinion on a re-evaluation dossier: the stars proposed and why. */
public record WrittenOpinion(Long id, long dossierId, String memberId, int proposedStars, String opinion,
    LocalDateTime submittedAt) {
}

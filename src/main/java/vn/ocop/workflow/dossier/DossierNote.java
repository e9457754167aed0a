package vn.ocop.workflow.dossier;

import java.time.LocalDateTime;

/** A written explanation to the producer: a return, rejection, disqualification or low rank. */
public record DossierNote(Long id, long dossierId, LocalDateTime createdAt, String unitLevel, String kind,
    String author, String text) {
}

package vn.ocop.workflow.certificate;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of {@code ocop_certificate}. */
public class CertificateRow {
  public Long id;
  public String certificateNumber;
  public long productId;
  public long dossierId;
  public int stars;
  public LocalDate issuedOn;
  public LocalDate validUntil;
  public String issuedByLevel;
  public String decisionNumber;
  public String status;
  public LocalDateTime createdAt;
  public LocalDate endedOn;
  public String revocationGround;
  public String revocationDecision;
}

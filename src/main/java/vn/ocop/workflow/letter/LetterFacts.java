package vn.ocop.workflow.letter;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the documents print, read from the registration, the council's sheets and the certificate. */
final class LetterFacts {

  private LetterFacts() {
  }

  public record Product(long productId, String productName, String productCode, int productSet, String communeCode,
      String producerName, String representativeName, String producerAddress) {
  }

  public record Certificate(long certificateId, long productId, long dossierId, String certificateNumber, int stars,
      LocalDate issuedOn, LocalDate validUntil, String issuedByLevel, String decisionNumber) {
  }

  public record Sheet(String memberId, boolean chair, Boolean absent, Integer total, Integer minimaCapStars,
      Boolean disqualifiedOpinion, String memberComment) {
  }

  public record Result(Integer memberCount, Integer presentCount, BigDecimal averageScore, BigDecimal spread,
      Integer minimaCapStars, boolean disqualified) {
  }
}

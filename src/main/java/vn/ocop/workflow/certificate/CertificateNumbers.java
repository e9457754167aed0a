package vn.ocop.workflow.certificate;

import org.springframework.stereotype.Component;
import vn.ocop.workflow.common.Sequences;

/**
 * Numbers for certified products.
 * <ul>
 *   <li>Product code, as on the criteria sheets: {@code (province)-(commune)-(sequence)-(year)}, e.g.
 *       {@code 24-07201-001-2026}; the sequence counts the commune's products of that year.</li>
 *   <li>Certificate number: {@code OCOP-(issuer)-(year)-(sequence)}, the issuer being the province code,
 *       {@code (province)H(district)} for a district under 148/2023, or {@code TW} for the ministry.</li>
 * </ul>
 */
@Component
class CertificateNumbers {

  private final Sequences sequences;

  CertificateNumbers(Sequences sequences) {
    this.sequences = sequences;
  }

  String productCode(String provinceCode, String communeCode, int year) {
    long number = sequences.next("product-" + communeCode + "-" + year);
    return String.format("%s-%s-%03d-%d", provinceCode, communeCode, number, year);
  }

  /** The issuer's code in certificate numbers: the province, {@code (province)H(district)}, or {@code TW}. */
  static String issuer(String level, String provinceCode, String districtCode) {
    return switch (level) {
      case "CENTRAL" -> "TW";
      case "DISTRICT" -> provinceCode + "H" + districtCode;
      default -> provinceCode;
    };
  }

  String certificateNumber(String issuer, int year) {
    long number = sequences.next("certificate-" + issuer + "-" + year);
    return String.format("OCOP-%s-%d-%04d", issuer, year, number);
  }
}

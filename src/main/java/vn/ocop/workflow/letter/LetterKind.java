package vn.ocop.workflow.letter;

/** The printable documents made for a product. */
public enum LetterKind {
  /** A return, rejection or request to correct, with its reason and deadline (Mẫu thông báo). */
  RETURN_LETTER,
  /** The result of an evaluation round that did not recognise the product, with the council's explanation. */
  RESULT_LETTER,
  /** The council's summary of one scoring round: every member's total and the average. */
  SCORE_SUMMARY,
  /** The recognition decision (Quyết định công nhận sản phẩm OCOP). */
  RECOGNITION_DECISION,
  /** The certificate with the product code and the QR code of the public page. */
  CERTIFICATE
}

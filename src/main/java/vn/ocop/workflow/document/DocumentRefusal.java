package vn.ocop.workflow.document;

import org.springframework.http.HttpStatus;

/** A request about documents that is refused, with the Vietnamese reason the officer reads. */
class DocumentRefusal extends RuntimeException {

  final HttpStatus status;

  DocumentRefusal(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  static DocumentRefusal notFound() {
    return new DocumentRefusal(HttpStatus.NOT_FOUND, "Không tìm thấy hồ sơ sản phẩm hoặc tài liệu này.");
  }
}

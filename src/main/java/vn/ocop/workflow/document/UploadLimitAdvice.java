package vn.ocop.workflow.document;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request body beyond the servlet's multipart limit is refused before any controller runs; the officer
 * reads the same Vietnamese reason as for a file over the dossier's limit.
 */
@RestControllerAdvice
class UploadLimitAdvice {

  private final long maxBytes;

  UploadLimitAdvice(@Value("${ocop.documents.max-bytes:20971520}") long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", Documents.tooLarge(maxBytes).getMessage()));
  }
}

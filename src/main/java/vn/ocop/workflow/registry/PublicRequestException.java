package vn.ocop.workflow.registry;

import org.springframework.http.HttpStatus;

/** A public request refused with a Vietnamese message for the citizen and a status. */
class PublicRequestException extends RuntimeException {

  private final HttpStatus status;

  PublicRequestException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }
}

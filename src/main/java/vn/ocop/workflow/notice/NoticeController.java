package vn.ocop.workflow.notice;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.ocop.workflow.common.EngineClock;

/**
 * Each logged-in person's daily digest switch ({@code /api/notices/digest}); the outbox for the
 * administrator ({@code /api/admin/notices}, only {@code camunda-admin}: see config/SecurityConfig).
 */
@RestController
class NoticeController {

  static final List<String> STATUSES = List.of("PENDING", "SENDING", "SENT", "FAILED", "UNCONFIRMED");
  static final int MAX_PAGE_SIZE = 200;

  record DigestChoice(Boolean enabled) {
  }

  record Page(List<NoticeRow> items, int page, int size, long total) {
  }

  private final NoticeMapper mapper;
  private final OfficerNotices officers;
  private final OutboxSender sender;

  NoticeController(NoticeMapper mapper, OfficerNotices officers, OutboxSender sender) {
    this.mapper = mapper;
    this.officers = officers;
    this.sender = sender;
  }

  @GetMapping("/api/notices/digest")
  DigestChoice digest(Authentication user) {
    return new DigestChoice(officers.digestEnabled(user.getName()));
  }

  @PutMapping("/api/notices/digest")
  DigestChoice setDigest(Authentication user, @RequestBody(required = false) DigestChoice choice) {
    if (choice == null || choice.enabled() == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Cần gửi {\"enabled\": true} hoặc {\"enabled\": false}.");
    }
    if (mapper.updateDigestEnabled(user.getName(), choice.enabled(), EngineClock.dateTime()) == 0) {
      mapper.insertDigestEnabled(user.getName(), choice.enabled(), EngineClock.dateTime());
    }
    return new DigestChoice(choice.enabled());
  }

  @GetMapping("/api/admin/notices")
  Page outbox(@RequestParam(required = false) String status, @RequestParam(required = false) String productId,
      @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
    if (status != null && !STATUSES.contains(status)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
          "Trạng thái phải là một trong: " + String.join(", ", STATUSES) + ".");
    }
    Long product = productId == null ? null : (long) number(productId, "productId", 0, 1, Integer.MAX_VALUE);
    int pageNumber = number(page, "page", 0, 0, 100000);
    int pageSize = number(size, "size", 50, 1, MAX_PAGE_SIZE);
    return new Page(mapper.selectPage(status, product, pageNumber * pageSize, pageSize), pageNumber, pageSize,
        mapper.count(status, product));
  }

  /** Queues a FAILED or UNCONFIRMED notice again (an UNCONFIRMED one may then reach its recipient twice). */
  @PostMapping("/api/admin/notices/{id}/requeue")
  NoticeRow requeue(@PathVariable String id) {
    long noticeId = number(id, "id", 0, 1, Integer.MAX_VALUE);
    if (mapper.requeue(noticeId, EngineClock.dateTime()) != 1) {
      throw new ResponseStatusException(HttpStatus.CONFLICT,
          "Chỉ gửi lại được thư ở trạng thái FAILED hoặc UNCONFIRMED (thư số " + noticeId + ").");
    }
    sender.wake();
    return mapper.selectById(noticeId);
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, String>> refused(ResponseStatusException e) {
    return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getReason() == null ? "" : e.getReason()));
  }

  private static int number(String value, String name, int absent, int min, int max) {
    if (value == null) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
        "Tham số " + name + " phải là số nguyên từ " + min + " đến " + max + ".");
  }
}

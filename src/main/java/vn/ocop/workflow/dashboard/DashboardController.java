package vn.ocop.workflow.dashboard;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.workflow.access.OcopGroups;
import vn.ocop.workflow.access.RequestUser;
import vn.ocop.workflow.common.EngineClock;
import vn.ocop.workflow.product.ProductStage;
import vn.ocop.workflow.unit.AdministrativeLevel;
import vn.ocop.workflow.unit.AdministrativeUnits;

/**
 * The supervisors' dashboard behind the Cockpit plugin: each view as JSON ({@code /api/dashboard/views/…})
 * and as an .xlsx workbook ({@code /api/dashboard/export/…}). For supervisors and the administrator only,
 * logged in to Cockpit (the webapps' session, read by {@link RequestUser}) or with HTTP Basic; GET only,
 * nothing here changes anything, so Cockpit's CSRF token is not needed.
 */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

  static final Pattern GROUP_ID = Pattern.compile("[a-z]+[0-9]{1,12}");
  static final Pattern TASK_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,99}");

  private final Dashboard dashboard;
  private final AdministrativeUnits units;

  DashboardController(Dashboard dashboard, AdministrativeUnits units) {
    this.dashboard = dashboard;
    this.units = units;
  }

  @GetMapping("/views/{view}")
  View view(HttpServletRequest request, @PathVariable String view, @RequestParam Map<String, String> parameters) {
    allow(request);
    return build(view, parameters, false);
  }

  @GetMapping("/years")
  List<Integer> years(HttpServletRequest request) {
    allow(request);
    return dashboard.starYears();
  }

  @GetMapping("/export/{view}")
  void export(HttpServletRequest request, HttpServletResponse response, @PathVariable String view,
      @RequestParam Map<String, String> parameters) throws IOException {
    allow(request);
    View built = build(view, parameters, true);
    String file = "ocop-" + built.name() + "-" + EngineClock.today() + ".xlsx";
    response.setContentType(ExcelExport.CONTENT_TYPE);
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString());
    ExcelExport.write(built, response.getOutputStream());
  }

  /** A view; {@code export}: with every row where the page shows the first (the tasks view's units × steps). */
  private View build(String view, Map<String, String> parameters, boolean export) {
    return switch (view) {
      case "stages" -> dashboard.stages();
      case "products" -> dashboard.products(stage(parameters.get("stage")), commune(parameters.get("commune")));
      case "tasks" -> dashboard.tasks(export);
      case "tasks-unit" -> dashboard.unitTasks(requiredGroup(parameters.get("group")));
      case "tasks-list" -> dashboard.dueTasks(overdue(parameters.get("due")), group(parameters.get("group")),
          taskKey(parameters.get("taskKey")));
      case "certificates" -> dashboard.certificates();
      case "stars" -> dashboard.stars(year(parameters.get("year")));
      case "rounds" -> dashboard.rounds();
      default -> throw new DashboardException(HttpStatus.NOT_FOUND, "Không có bảng \"" + view + "\".");
    };
  }

  private static void allow(HttpServletRequest request) {
    RequestUser user = RequestUser.of(request);
    if (user.anonymous()) {
      throw new DashboardException(HttpStatus.UNAUTHORIZED, "Vui lòng đăng nhập.");
    }
    if (!user.groupIds().contains(OcopGroups.SUPERVISORS) && !user.groupIds().contains(OcopGroups.CAMUNDA_ADMIN)) {
      throw new DashboardException(HttpStatus.FORBIDDEN,
          "Bảng theo dõi chỉ dành cho giám sát viên và quản trị hệ thống.");
    }
  }

  /** A stage of the cycle, or null for {@value Labels#NO_STAGE}: registered for evaluation directly. */
  private static ProductStage stage(String value) {
    if (Labels.NO_STAGE.equals(value)) {
      return null;
    }
    try {
      return ProductStage.valueOf(value == null ? "" : value);
    } catch (IllegalArgumentException e) {
      throw new DashboardException(HttpStatus.BAD_REQUEST, "Giai đoạn không hợp lệ.");
    }
  }

  private String commune(String value) {
    if (value == null) {
      return null;
    }
    return units.find(value).filter(unit -> unit.level() == AdministrativeLevel.COMMUNE).map(unit -> unit.code())
        .orElseThrow(() -> new DashboardException(HttpStatus.BAD_REQUEST, "Không có xã mã " + value + " trong tỉnh."));
  }

  private static boolean overdue(String value) {
    if ("overdue".equals(value)) {
      return true;
    }
    if ("soon".equals(value)) {
      return false;
    }
    throw new DashboardException(HttpStatus.BAD_REQUEST, "Tham số due phải là overdue hoặc soon.");
  }

  /** A unit's candidate group, "" for the council members' assigned tasks, null for all. */
  private static String group(String value) {
    if (value == null || value.isEmpty() || GROUP_ID.matcher(value).matches()) {
      return value;
    }
    throw new DashboardException(HttpStatus.BAD_REQUEST, "Đơn vị không hợp lệ.");
  }

  /** The unit a list is about: its candidate group, or "" for the council members' own tasks; required. */
  private static String requiredGroup(String value) {
    if (value == null) {
      throw new DashboardException(HttpStatus.BAD_REQUEST, "Chưa chọn đơn vị.");
    }
    return group(value);
  }

  private static String taskKey(String value) {
    if (value == null || TASK_KEY.matcher(value).matches()) {
      return value;
    }
    throw new DashboardException(HttpStatus.BAD_REQUEST, "Bước không hợp lệ.");
  }

  private static int year(String value) {
    int current = EngineClock.today().getYear();
    if (value == null) {
      return current;
    }
    try {
      int year = Integer.parseInt(value);
      if (year >= 2019 && year <= current + 1) {
        return year;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new DashboardException(HttpStatus.BAD_REQUEST, "Năm phải từ 2019 đến " + (current + 1) + ".");
  }

  @ExceptionHandler(DashboardException.class)
  ResponseEntity<Map<String, String>> refused(DashboardException e) {
    return ResponseEntity.status(e.status).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", e.getMessage()));
  }

  static final class DashboardException extends RuntimeException {
    final HttpStatus status;

    DashboardException(HttpStatus status, String message) {
      super(message);
      this.status = status;
    }
  }
}

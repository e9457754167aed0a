package vn.ocop.workflow.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The table "Engine operations per role" of docs/security.md is the gate's rule set: the same rows in the
 * same order, and for each row and role the gate decides as the table says. What no row names is refused
 * to everyone but the administrator.
 */
class EngineOperationsDocumentTest {

  static final Path DOCUMENT = Path.of("docs", "security.md");
  static final String SECTION = "## Engine operations per role";
  static final List<EngineRole> COLUMNS = List.of(EngineRole.values());

  /** One documented row: the operation and, per role in column order, whether it may. */
  record Row(String operation, List<Boolean> allowed) {
  }

  static List<Row> documentedRows() throws IOException {
    List<String> lines = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
    int start = lines.indexOf(SECTION);
    assertThat(start).as("section '" + SECTION + "' in " + DOCUMENT).isPositive();
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (!line.startsWith("| ")) {
        continue;
      }
      List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::trim).toList();
      if (header) {
        assertThat(cells.subList(1, 1 + COLUMNS.size()))
            .containsExactlyElementsOf(COLUMNS.stream().map(EngineRole::column).toList());
        header = false;
        continue;
      }
      if (cells.get(0).startsWith("---")) {
        continue;
      }
      rows.add(new Row(cells.get(0).replace("`", ""),
          cells.subList(1, 1 + COLUMNS.size()).stream().map(cell -> cell.equals("✓")).toList()));
    }
    return rows;
  }

  /** The table as the code has it, to paste into the document when the rules change. */
  static String render() {
    StringBuilder table = new StringBuilder("| operation | "
        + COLUMNS.stream().map(EngineRole::column).collect(Collectors.joining(" | ")) + " | why |\n|---|"
        + "---|".repeat(COLUMNS.size()) + "---|\n");
    for (EngineOperations.Operation op : EngineOperations.all()) {
      table.append("| `").append(op.text()).append("` | ")
          .append(COLUMNS.stream().map(role -> op.roles().contains(role) ? "✓" : "–").collect(Collectors.joining(" | ")))
          .append(" | ").append(op.why()).append(" |\n");
    }
    return table.toString();
  }

  @Test
  void theDocumentHasTheGatesRowsInItsOrder() throws IOException {
    List<Row> documented = documentedRows();
    List<Row> coded = EngineOperations.all().stream()
        .map(op -> new Row(op.text(), COLUMNS.stream().map(op.roles()::contains).toList())).toList();
    assertThat(documented).as("docs/security.md, '" + SECTION + "', should read:\n" + render())
        .containsExactlyElementsOf(coded);
  }

  @Test
  void theGateDecidesEachDocumentedRowAsTheTableSays() throws IOException {
    for (Row row : documentedRows()) {
      String[] parts = row.operation().split(" ", 3);
      EnginePath path = samplePath(parts[1], parts.length > 2 ? parts[2] : "");
      for (int i = 0; i < COLUMNS.size(); i++) {
        assertThat(EngineOperations.allows(COLUMNS.get(i), parts[0], path, "me"))
            .as(row.operation() + " for " + COLUMNS.get(i)).isEqualTo(row.allowed().get(i));
      }
    }
  }

  @Test
  void whatNoRowNamesIsRefusedToEveryoneButTheAdministrator() {
    List<String[]> unlisted = List.of(
        new String[] {"POST", "job/j1/execute"}, new String[] {"PUT", "job/j1/retries"}, new String[] {"GET", "job"},
        new String[] {"POST", "task/t1/bpmnError"}, new String[] {"POST", "task/t1/bpmnEscalation"},
        new String[] {"POST", "task/t1/resolve"}, new String[] {"POST", "task/t1/variables"},
        new String[] {"PUT", "task/t1"}, new String[] {"POST", "task/t1/assignee"},
        new String[] {"POST", "task/t1/attachment/create"}, new String[] {"POST", "task/t1/comment/create"},
        new String[] {"POST", "process-instance/p1/modification"}, new String[] {"POST", "process-definition/d1/restart"},
        new String[] {"PUT", "user/me/profile"}, new String[] {"PUT", "user/me/credentials"},
        new String[] {"POST", "message"}, new String[] {"POST", "signal"}, new String[] {"DELETE", "process-instance/p1"},
        new String[] {"POST", "history/cleanup"}, new String[] {"POST", "history/process-instance/delete"},
        new String[] {"POST", "process-instance/p1/variables"}, new String[] {"GET", "batch"});
    for (String[] call : unlisted) {
      EnginePath path = EnginePath.parse("/engine-rest/" + call[1]);
      for (EngineRole role : EngineRole.values()) {
        assertThat(EngineOperations.allows(role, call[0], path, "me")).as(call[0] + " " + call[1] + " for " + role)
            .isEqualTo(role == EngineRole.ADMIN);
      }
    }
  }

  @Test
  void theSetUpPageAndCmmnAreRefusedEvenToTheAdministrator() {
    assertThat(EngineOperations.allows(EngineRole.ADMIN, "POST",
        EnginePath.parse("/camunda/api/admin/setup/default/user/create"), "admin")).isFalse();
    assertThat(EngineOperations.allows(EngineRole.ANONYMOUS, "POST",
        EnginePath.parse("/camunda/api/admin/setup/default/user/create"), null)).isFalse();
    assertThat(EngineOperations.allows(EngineRole.ADMIN, "GET",
        EnginePath.parse("/engine-rest/history/case-instance"), "admin")).isFalse();
  }

  @Test
  void aUserReadsOnlyTheirOwnProfile() {
    EnginePath other = EnginePath.parse("/engine-rest/user/xadongtam/profile");
    assertThat(EngineOperations.allows(EngineRole.OFFICER, "GET", other, "xatamtien")).isFalse();
    assertThat(EngineOperations.allows(EngineRole.OFFICER, "GET", other, "xadongtam")).isTrue();
  }

  private static EnginePath samplePath(String api, String pattern) {
    List<String> segments = new ArrayList<>();
    for (String part : pattern.isEmpty() ? new String[0] : pattern.split("/")) {
      if (part.equals("**")) {
        segments.add("x1");
        segments.add("x2");
      } else if (part.equals("{me}")) {
        segments.add("me");
      } else if (part.startsWith("{")) {
        segments.add("x1");
      } else {
        segments.add(part);
      }
    }
    return new EnginePath(EnginePath.Api.valueOf(api.toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
        List.copyOf(segments));
  }
}

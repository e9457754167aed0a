package vn.ocop.workflow.access;

import static vn.ocop.workflow.access.EngineRole.ADMIN;
import static vn.ocop.workflow.access.EngineRole.ANONYMOUS;
import static vn.ocop.workflow.access.EngineRole.COUNCIL;
import static vn.ocop.workflow.access.EngineRole.OFFICER;
import static vn.ocop.workflow.access.EngineRole.POLICY;
import static vn.ocop.workflow.access.EngineRole.SUPERVISOR;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The engine operations each role may reach over HTTP (the table "Engine operations per role" of
 * docs/security.md, which {@code EngineOperationsDocumentTest} holds to this list). Deny by default:
 * a request that matches no row is refused with 403 for everyone but the administrator; a row without the
 * administrator refuses the administrator too. The first row that matches decides. Which dossier an
 * allowed operation may touch is then the engine's authorization check (candidate groups, grants).
 *
 * <p>Patterns are over the canonical {@link EnginePath}: {@code {id}} is one segment, {@code {me}} the
 * caller's own user id, {@code **} any rest.
 */
public final class EngineOperations {

  /** One row: a method, an API and a path pattern, the roles that may, and why. */
  public record Operation(String method, EnginePath.Api api, List<String> pattern, Set<EngineRole> roles,
      String why) {

    boolean matches(String requestMethod, EnginePath path, String userId) {
      if (!method.equals(requestMethod) || api != path.api()) {
        return false;
      }
      for (int i = 0; i < pattern.size(); i++) {
        String part = pattern.get(i);
        if (part.equals("**")) {
          return true;
        }
        if (i >= path.size()) {
          return false;
        }
        String segment = path.segment(i);
        boolean ok = part.equals("{me}") ? segment.equals(userId)
            : part.startsWith("{") ? true : part.equals(segment);
        if (!ok) {
          return false;
        }
      }
      return pattern.size() == path.size();
    }

    /** The operation as the document writes it: {@code GET engine task/{id}/form}. */
    public String text() {
      return method + " " + api.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " "
          + String.join("/", pattern);
    }
  }

  private static final Set<EngineRole> TASKLIST = EnumSet.of(OFFICER, COUNCIL, ADMIN);
  private static final Set<EngineRole> COCKPIT = EnumSet.of(SUPERVISOR, POLICY, ADMIN);
  private static final Set<EngineRole> LOGGED_IN = EnumSet.of(OFFICER, COUNCIL, SUPERVISOR, POLICY, ADMIN);
  private static final Set<EngineRole> EVERYONE = EnumSet.allOf(EngineRole.class);
  private static final Set<EngineRole> NOBODY = EnumSet.noneOf(EngineRole.class);

  static final List<Operation> ALL = build();

  private EngineOperations() {
  }

  /** The operations, in the order they are matched. */
  public static List<Operation> all() {
    return ALL;
  }

  /** Whether this role may make this request. */
  public static boolean allows(EngineRole role, String method, EnginePath path, String userId) {
    Optional<Operation> row = ALL.stream().filter(op -> op.matches(method, path, userId)).findFirst();
    return row.map(op -> op.roles().contains(role)).orElse(role == ADMIN);
  }

  private static List<Operation> build() {
    List<Operation> ops = new ArrayList<>();
    // nobody, not even the administrator
    add(ops, "GET", "webapp", "admin/setup/**", NOBODY, "the administrator comes from OCOP_ADMIN_USER, never from the set-up page");
    add(ops, "POST", "webapp", "admin/setup/**", NOBODY, "idem");
    add(ops, "GET", "other-engine", "**", NOBODY, "there is one engine, default");
    add(ops, "POST", "other-engine", "**", NOBODY, "idem");
    for (String cmmn : List.of("case-definition/**", "case-instance/**", "case-execution/**",
        "history/case-instance/**", "history/case-activity-instance/**", "history/case-definition/**")) {
      add(ops, "GET", "engine", cmmn, NOBODY, "CMMN is off");
      add(ops, "POST", "engine", cmmn, NOBODY, "CMMN is off");
    }
    // logging in and the webapps' assets
    add(ops, "GET", "engine", "engine", EVERYONE, "Camunda Modeler checks the engine");
    add(ops, "GET", "engine-list", "", EVERYONE, "the webapps list the engines before login");
    add(ops, "GET", "engine", "version", LOGGED_IN, "Modeler and the webapps ask the version");
    add(ops, "GET", "webapp", "admin/auth/user/default", EVERYONE, "who is logged in");
    add(ops, "POST", "webapp", "admin/auth/user/default/login/{app}", EVERYONE, "the webapps' login");
    add(ops, "POST", "webapp", "admin/auth/user/default/logout", EVERYONE, "logout");
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      add(ops, "GET", "webapp", app + "/plugin/{plugin}/static/**", EVERYONE, "the webapps' scripts and styles");
    }
    // the caller's own identity, read only
    add(ops, "GET", "engine", "user/{me}/profile", LOGGED_IN, "the webapps show the user's name");
    add(ops, "GET", "engine", "identity/groups", LOGGED_IN, "the webapps read the user's groups");
    add(ops, "GET", "engine", "group", LOGGED_IN, "group names (the engine shows only what the user may read)");
    add(ops, "GET", "engine", "group/count", LOGGED_IN, "idem");
    add(ops, "GET", "engine", "user", LOGGED_IN, "people's names (the engine shows only what the user may read)");
    add(ops, "GET", "engine", "user/count", LOGGED_IN, "idem");
    add(ops, "GET", "engine", "authorization/check", LOGGED_IN, "the webapps ask what to show");
    // Tasklist: lists, the task and its form, claim, submit
    add(ops, "GET", "engine", "filter", TASKLIST, "Tasklist's filters");
    add(ops, "GET", "engine", "filter/count", TASKLIST, "idem");
    add(ops, "GET", "engine", "filter/{id}", TASKLIST, "idem");
    for (String call : List.of("list", "count", "singleResult")) {
      add(ops, "GET", "engine", "filter/{id}/" + call, TASKLIST, "a filter's tasks and their number");
      add(ops, "POST", "engine", "filter/{id}/" + call, TASKLIST, "idem");
    }
    add(ops, "GET", "engine", "task", EnumSet.of(OFFICER, COUNCIL, SUPERVISOR, POLICY, ADMIN), "task lists (the engine shows each user their own)");
    add(ops, "POST", "engine", "task", EnumSet.of(OFFICER, COUNCIL, SUPERVISOR, POLICY, ADMIN), "idem, as a query");
    add(ops, "GET", "engine", "task/count", EnumSet.of(OFFICER, COUNCIL, SUPERVISOR, POLICY, ADMIN), "idem");
    add(ops, "POST", "engine", "task/count", EnumSet.of(OFFICER, COUNCIL, SUPERVISOR, POLICY, ADMIN), "idem");
    add(ops, "GET", "engine", "task/{id}", EnumSet.of(OFFICER, COUNCIL, SUPERVISOR, POLICY, ADMIN), "one task");
    for (String read : List.of("form", "deployed-form", "rendered-form", "form-variables", "variables",
        "variables/{name}", "identity-links", "comment")) {
      add(ops, "GET", "engine", "task/{id}/" + read, EnumSet.of(OFFICER, COUNCIL, SUPERVISOR, ADMIN), "a task's form and data");
    }
    add(ops, "POST", "engine", "task/{id}/claim", TASKLIST, "claim a task of the user's unit");
    add(ops, "POST", "engine", "task/{id}/unclaim", TASKLIST, "give it back");
    add(ops, "POST", "engine", "task/{id}/submit-form", TASKLIST, "submit the task's form (the form contract applies)");
    add(ops, "POST", "engine", "task/{id}/complete", TASKLIST, "idem, as the REST API spells it");
    add(ops, "GET", "engine", "history/user-operation", LOGGED_IN, "Tasklist's history tab (the engine shows only what the user may read)");
    add(ops, "GET", "engine", "history/identity-link-log", LOGGED_IN, "idem");
    // starting a dossier: officers only, through a start form
    add(ops, "GET", "engine", "process-definition/**", EnumSet.of(OFFICER, COUNCIL, SUPERVISOR, POLICY, ADMIN),
        "definitions, start forms and diagrams (the engine shows each user what they may read)");
    add(ops, "POST", "engine", "process-definition/{id}/submit-form", EnumSet.of(OFFICER, ADMIN), "start a dossier through its start form");
    add(ops, "POST", "engine", "process-definition/key/{key}/submit-form", EnumSet.of(OFFICER, ADMIN), "idem");
    add(ops, "POST", "engine", "process-definition/{id}/start", EnumSet.of(OFFICER, ADMIN), "idem, as the REST API spells it (start form fields only, no start instructions)");
    add(ops, "POST", "engine", "process-definition/key/{key}/start", EnumSet.of(OFFICER, ADMIN), "idem");
    // Cockpit: reading, never changing
    for (String read : List.of("process-instance/**", "history/**", "decision-definition/**",
        "decision-requirements-definition/**", "deployment/**", "incident/**", "variable-instance/**",
        "execution/**", "activity-instance/**", "job-definition/**")) {
      add(ops, "GET", "engine", read, COCKPIT, "Cockpit reads (the engine shows each user what they may read)");
    }
    for (String query : List.of("process-instance", "process-instance/count", "variable-instance",
        "variable-instance/count", "execution", "execution/count", "history/process-instance",
        "history/process-instance/count", "history/activity-instance", "history/activity-instance/count",
        "history/variable-instance", "history/variable-instance/count", "history/task", "history/task/count")) {
      add(ops, "POST", "engine", query, COCKPIT, "Cockpit's queries");
    }
    add(ops, "GET", "webapp", "cockpit/plugin/**", COCKPIT, "Cockpit's own queries");
    add(ops, "POST", "webapp", "cockpit/plugin/**", COCKPIT, "idem (queries only)");
    // policy staff deploy from Modeler
    add(ops, "POST", "engine", "deployment/create", EnumSet.of(POLICY, ADMIN), "policy staff deploy models");
    return List.copyOf(ops);
  }

  private static void add(List<Operation> ops, String method, String api, String pattern, Set<EngineRole> roles,
      String why) {
    List<String> parts = pattern.isEmpty() ? List.of() : List.of(pattern.split("/"));
    ops.add(new Operation(method, EnginePath.Api.valueOf(api.toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
        parts, roles.isEmpty() ? Set.of() : Set.copyOf(roles), why));
  }
}

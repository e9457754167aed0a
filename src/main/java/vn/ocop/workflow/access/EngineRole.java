package vn.ocop.workflow.access;

import java.util.Collection;
import vn.ocop.workflow.access.OcopGroups;

/** Who is asking, as far as the engine APIs' gate is concerned: the role groups, reduced to one role. */
public enum EngineRole {
  ANONYMOUS("anonymous"),
  OFFICER("officer"),
  COUNCIL("council member"),
  SUPERVISOR("supervisor"),
  POLICY("policy editor"),
  ADMIN("administrator");

  private final String column;

  EngineRole(String column) {
    this.column = column;
  }

  /** The heading of this role's column in docs/security.md. */
  public String column() {
    return column;
  }

  /**
   * The role of a logged-in user with these groups. A user in several role groups gets the one with the
   * most rights, the administrator first; a user in none gets the officers' role only through an officer
   * group: nobody else works tasks.
   */
  public static EngineRole of(Collection<String> groupIds) {
    if (groupIds.contains(OcopGroups.CAMUNDA_ADMIN)) {
      return ADMIN;
    }
    if (groupIds.contains(OcopGroups.COMMUNE_OFFICERS) || groupIds.contains(OcopGroups.DISTRICT_OFFICERS)
        || groupIds.contains(OcopGroups.PROVINCE_OFFICERS)) {
      return OFFICER;
    }
    if (groupIds.contains(OcopGroups.COUNCIL_MEMBERS)) {
      return COUNCIL;
    }
    if (groupIds.contains(OcopGroups.SUPERVISORS)) {
      return SUPERVISOR;
    }
    if (groupIds.contains(OcopGroups.POLICY_EDITORS)) {
      return POLICY;
    }
    // logged in, but in no role group: what anyone may do, nothing more
    return ANONYMOUS;
  }
}

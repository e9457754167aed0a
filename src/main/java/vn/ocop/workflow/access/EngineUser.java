package vn.ocop.workflow.access;

import java.security.Principal;
import java.util.List;

/** A user authenticated against the Camunda identity service, with the groups and tenants it belongs to. */
public record EngineUser(String id, List<String> groupIds, List<String> tenantIds) implements Principal {

  @Override
  public String getName() {
    return id;
  }
}

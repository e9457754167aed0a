package vn.ocop.workflow.registry;

import java.time.LocalDate;
import java.util.List;
import vn.ocop.workflow.common.EngineClock;

/**
 * Filters of a registry list; {@code null} means "any". {@code communeCodes} narrows to a province,
 * district or commune; {@code expiringBy} keeps certificates valid until that day at the latest.
 */
public class RegistryQuery {
  public List<String> communeCodes;
  public Integer productSetFrom;
  public Integer productSetTo;
  public Integer stars;
  public String status;
  public LocalDate expiringBy;
  public LocalDate today = EngineClock.today();
  public int limit = 20;
  public int offset;
}

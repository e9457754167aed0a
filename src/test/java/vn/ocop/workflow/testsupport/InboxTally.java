package vn.ocop.workflow.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The task inbox's tally (ocop_inbox_tally) as tests compare it: each group's number of open tasks. Its rows
 * are folded every 30 seconds whatever a test does, so a count of its rows is no measure of a change.
 */
public final class InboxTally {

  public static final String TABLE = "ocop_inbox_tally";

  private InboxTally() {
  }

  /** Each group with open tasks and their number, in group order. */
  public static String byGroup(JdbcTemplate jdbc) {
    return jdbc.queryForList("SELECT group_id, SUM(tasks) AS tasks FROM ocop_inbox_tally GROUP BY group_id "
        + "HAVING SUM(tasks) <> 0 ORDER BY group_id").toString();
  }
}

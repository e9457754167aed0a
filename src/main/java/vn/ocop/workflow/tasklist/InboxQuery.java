package vn.ocop.workflow.tasklist;

import java.util.Date;
import java.util.List;

/**
 * Which open tasks a Tasklist filter shows its user, as the inbox reads them: those offered to one of
 * {@code groups} and those assigned to {@code assignee} (either may be absent), with a due date in
 * ({@code dueAfter}, {@code dueBefore}) when given, of the task definitions {@code taskKeys} when given
 * (assigned tasks only); the page from {@code firstResult}, at most {@code maxResults}.
 */
record InboxQuery(List<String> groups, String assignee, Date dueAfter, Date dueBefore, List<String> taskKeys,
    int firstResult, int maxResults) {

  InboxQuery {
    groups = List.copyOf(groups);
    taskKeys = taskKeys == null ? null : List.copyOf(taskKeys);
    if (firstResult < 0 || maxResults < 0 || (long) firstResult + maxResults > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("A page starts at 0 or later and holds 0 or more tasks");
    }
  }

  /** Whether nobody could be selected: neither a group nor an assignee. */
  boolean selectsNothing() {
    return groups.isEmpty() && assignee == null;
  }

  /** The same query over other groups. */
  InboxQuery withGroups(List<String> otherGroups) {
    return new InboxQuery(otherGroups, assignee, dueAfter, dueBefore, taskKeys, firstResult, maxResults);
  }

  InboxQuery page(int first, int max) {
    return new InboxQuery(groups, assignee, dueAfter, dueBefore, taskKeys, first, max);
  }
}

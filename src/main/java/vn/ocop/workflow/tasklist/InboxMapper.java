package vn.ocop.workflow.tasklist;

import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The officers' task inbox: the one writer of {@code ocop_inbox_task}, {@code ocop_inbox_group} and
 * {@code ocop_inbox_tally}.
 */
@Mapper
interface InboxMapper {

  /** A group's tally rows folded into one: their sum, and how many rows they were. */
  record Tally(String groupId, long tasks, long tallyRows) {
  }

  /** The ids of one page of the tasks the query selects, most urgent first. */
  List<String> page(InboxQuery query);

  /** The number of tasks the query selects, a task offered to two of its groups counted once. */
  long count(InboxQuery query);

  /** Those of {@code groups} that hold at least one open task. */
  List<String> groupsWithTasks(@Param("groups") List<String> groups);

  /** The number of tasks the query selects when it has at most one group. */
  long countOfOneGroup(InboxQuery query);

  /** The open tasks of one process, whoever holds them. */
  long countOfProcess(@Param("processKey") String processKey);

  void insertTask(@Param("taskId") String taskId, @Param("assignee") String assignee, @Param("dueDate") Date dueDate,
      @Param("createTime") Date createTime, @Param("taskDefinitionKey") String taskDefinitionKey,
      @Param("processKey") String processKey);

  void insertGroup(@Param("groupId") String groupId, @Param("taskId") String taskId, @Param("dueDate") Date dueDate,
      @Param("createTime") Date createTime);

  int updateTask(@Param("taskId") String taskId, @Param("assignee") String assignee, @Param("dueDate") Date dueDate);

  int updateGroupsDue(@Param("taskId") String taskId, @Param("dueDate") Date dueDate);

  int deleteTask(@Param("taskId") String taskId);

  /** Adds {@code tasks} (+1 or -1) to a group's tally of open tasks. */
  void tally(@Param("groupId") String groupId, @Param("tasks") int tasks);

  /** One task less in each group the task is offered to (before its rows are deleted). */
  int tallyTaskGone(@Param("taskId") String taskId);

  /** Adds to every group's tally what it lacks against the group's rows; the number of groups corrected. */
  int correctTally();

  /** The groups whose tally has more than one row, or sums to nothing. */
  List<Tally> foldableTally();

  /** Deletes the rows of {@link #foldableTally()}'s groups (the same snapshot reads the same groups). */
  int deleteFoldableTally();

  /** Inserts one tally row per group (at most a thousand at once). */
  void insertTallies(@Param("tallies") List<Tally> tallies);

  long tallyRows();

  int deleteGoneTasks();

  int deleteGoneGroups();

  int insertMissingTasks();

  int insertMissingGroups();

  int updateChangedTasks();

  int updateChangedGroups();
}

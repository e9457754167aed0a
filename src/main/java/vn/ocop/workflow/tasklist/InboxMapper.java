package vn.ocop.workflow.tasklist;

import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The officers' task inbox: the one writer of {@code ocop_inbox_task} and {@code ocop_inbox_group}. */
@Mapper
interface InboxMapper {

  /** The ids of one page of the tasks the query selects, most urgent first. */
  List<String> page(InboxQuery query);

  long count(InboxQuery query);

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

  int deleteGoneTasks();

  int deleteGoneGroups();

  int insertMissingTasks();

  int insertMissingGroups();

  int updateChangedTasks();

  int updateChangedGroups();
}

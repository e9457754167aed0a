-- Every task the engine completes or deletes first looks for its subtasks
-- (TaskEntity.selectTasksByParentTaskId: select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?), and Camunda
-- 7.24 has no index on that column: each completion read every open task. At 200,000 open tasks one lookup
-- took 361-412 ms, with the index 0.04 ms (docs/benchmarks.md, "What we changed").
-- To remove: DROP INDEX ocop_idx_task_parent;
CREATE INDEX ocop_idx_task_parent ON ACT_RU_TASK (PARENT_TASK_ID_);

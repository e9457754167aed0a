-- Officers' task inbox (tasklist.TaskInbox): the open user tasks indexed the way Tasklist's five filters
-- ask for them, so that a filter's page and count read a few index entries per group instead of the
-- engine's task query with its scan of every task grant (docs/benchmarks.md, issue 21).
-- Every filter lists the most urgent first (due date, then creation), so both tables are indexed in that
-- order. One row per open task (its assignee and dates) ...
CREATE TABLE ocop_inbox_task (
  task_id      VARCHAR(64)  NOT NULL PRIMARY KEY,
  assignee     VARCHAR(255),
  due_date     TIMESTAMP,
  create_time  TIMESTAMP    NOT NULL,
  task_def_key VARCHAR(255),
  process_key  VARCHAR(255)
);
CREATE INDEX ocop_inbox_task_assignee_due ON ocop_inbox_task (assignee, due_date, create_time);
-- supervisors count the open tasks of each process (stage of the cycle), and what falls due (dashboard)
CREATE INDEX ocop_inbox_task_process ON ocop_inbox_task (process_key);
CREATE INDEX ocop_inbox_task_due ON ocop_inbox_task (due_date);
-- ... and one row per open task and candidate group, with the task's dates again so that each group's
-- first page is read in index order.
CREATE TABLE ocop_inbox_group (
  group_id    VARCHAR(255) NOT NULL,
  task_id     VARCHAR(64)  NOT NULL,
  due_date    TIMESTAMP,
  create_time TIMESTAMP    NOT NULL,
  PRIMARY KEY (group_id, task_id),
  -- a task's completion removes its rows with one statement
  CONSTRAINT ocop_inbox_group_task_fk FOREIGN KEY (task_id) REFERENCES ocop_inbox_task (task_id) ON DELETE CASCADE
);
CREATE INDEX ocop_inbox_group_due ON ocop_inbox_group (group_id, due_date, create_time);
CREATE INDEX ocop_inbox_group_task ON ocop_inbox_group (task_id);

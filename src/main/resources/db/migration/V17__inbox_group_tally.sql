-- How many open tasks each candidate group holds (tasklist.TaskInbox, issue 21), so that a filter's count
-- of a big unit (a province's 24,000 tasks) is a sum of a few rows, not a scan of the group's index.
-- Written only by inserting: +1 for each group a new task is offered to and -1 for each group of a task
-- that is completed or deleted, in the transaction that changes the inbox, so no two transactions wait
-- for one counter row. The inbox's regular synchronisation adds the correction for what changed without
-- a task event, and folds each group's rows into one.
CREATE TABLE ocop_inbox_tally (
  group_id VARCHAR(255) NOT NULL,
  tasks    INTEGER      NOT NULL
);
CREATE INDEX ocop_inbox_tally_group ON ocop_inbox_tally (group_id, tasks);

INSERT INTO ocop_inbox_tally (group_id, tasks)
SELECT group_id, COUNT(*) FROM ocop_inbox_group GROUP BY group_id;

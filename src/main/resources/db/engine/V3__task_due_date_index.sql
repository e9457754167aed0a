-- The supervisors' dashboard counts overdue and due-soon tasks (DUE_DATE_ before now + 3 days): without
-- an index PostgreSQL reads every open task of the province. To remove: DROP INDEX ocop_idx_task_due_date;
CREATE INDEX ocop_idx_task_due_date ON ACT_RU_TASK (DUE_DATE_, ID_);

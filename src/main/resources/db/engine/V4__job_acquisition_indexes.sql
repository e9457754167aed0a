-- The job executor's acquisition (ACT_RU_JOB, selectNextJobsToExecute) at a province's scale: tens of
-- thousands of certificate-lifecycle timers wait in the table, due in months or years.
-- * ocop_idx_job_due_date: with job-executor-acquire-by-due-date (application.yaml) the due jobs are read
--   in due-date order from this index and the first ten found; without it, a sequential scan skipped every
--   future timer (52 ms per acquisition at 174,000 jobs).
-- * ocop_idx_job_lock_exp_time: the acquisition leaves out jobs whose process instance has a job locked
--   now (LOCK_EXP_TIME_ >= now); without an index that test read the whole table (20 ms at 174,000 jobs).
-- docs/benchmarks.md, timers. To remove: DROP INDEX ocop_idx_job_due_date; DROP INDEX ocop_idx_job_lock_exp_time;
CREATE INDEX ocop_idx_job_due_date ON ACT_RU_JOB (DUEDATE_);
CREATE INDEX ocop_idx_job_lock_exp_time ON ACT_RU_JOB (LOCK_EXP_TIME_);

-- Supervisors' dashboard (issue 17), second part.
--
-- 1. The tasks panel counts what falls due by unit and by step from the task inbox (tasklist.TaskInbox owns
--    the tables; these are indexes only, nothing it writes changes). By unit: the group rows in due-date
--    order, with the unit beside the date, so the count is read from the index alone. By step: the task rows
--    the same way with the step beside the date. The step index starts with the due date, as the one it
--    replaces did, so every query that used the old one can use it.
CREATE INDEX ocop_inbox_group_due_unit ON ocop_inbox_group (due_date, group_id);
CREATE INDEX ocop_inbox_task_due_step ON ocop_inbox_task (due_date, process_key, task_def_key);
DROP INDEX ocop_inbox_task_due;

-- 2. The evaluation rounds of Art. 5 QĐ 26/2026/QĐ-TTg are set by the day of a proposal, not of receipt:
--    the province's rounds by the day the commune (UBND cấp xã) proposed the dossier (Art. 5.1), the
--    Ministry's 5-star rounds by the day the province (UBND cấp tỉnh) proposed it to the Ministry (Art. 5.2).
--    Written by dossier.DossierProposals when the process passes those points (productEvaluation); dossiers
--    that passed them before this version are given the days from the engine's history once the engine
--    has started (db/engine/V5), since the engine's tables may not exist yet when this runs.
ALTER TABLE ocop_dossier ADD COLUMN proposed_on DATE;
ALTER TABLE ocop_dossier ADD COLUMN ministry_proposed_on DATE;
CREATE INDEX ocop_dossier_ministry_proposed_on_idx ON ocop_dossier (ministry_proposed_on);

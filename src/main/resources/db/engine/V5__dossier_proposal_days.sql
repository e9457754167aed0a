-- Not an index: the proposal days of dossiers that passed those points before db/migration V16 added the
-- columns, read once from the engine's history (which only exists once the engine has built its tables,
-- hence here). A commune proposes a dossier when its review finds it complete (Task_CommuneReview, the
-- last time it was completed, for dossiers that went on to the district or the province); the province
-- proposes it to the Ministry when Task_RecordCentralResult is created. The engine keeps these times in
-- the application's time zone: on a server not set to Asia/Ho_Chi_Minh a day read here can be the day
-- before for a proposal made before 07:00 (docs/dashboard.md). Dossiers without history keep NULL and are
-- placed in a round by the day they were received.
UPDATE ocop_dossier
   SET proposed_on = (SELECT CAST(MAX(h.END_TIME_) AS DATE) FROM ACT_HI_TASKINST h
                       WHERE h.PROC_INST_ID_ = ocop_dossier.process_instance_id
                         AND h.TASK_DEF_KEY_ = 'Task_CommuneReview' AND h.END_TIME_ IS NOT NULL)
 WHERE proposed_on IS NULL AND process_instance_id IS NOT NULL
   AND EXISTS (SELECT 1 FROM ACT_HI_TASKINST n
                WHERE n.PROC_INST_ID_ = ocop_dossier.process_instance_id
                  AND n.TASK_DEF_KEY_ IN ('Task_DistrictEvaluation', 'Task_ProvinceCheck'));
UPDATE ocop_dossier
   SET ministry_proposed_on = (SELECT CAST(MIN(h.START_TIME_) AS DATE) FROM ACT_HI_TASKINST h
                                WHERE h.PROC_INST_ID_ = ocop_dossier.process_instance_id
                                  AND h.TASK_DEF_KEY_ = 'Task_RecordCentralResult')
 WHERE ministry_proposed_on IS NULL AND process_instance_id IS NOT NULL;

-- A supervisor counts open tasks by stage, i.e. by called process (GET /engine-rest/task/count?
-- processDefinitionKey=…): the engine selects the tasks of the process definition and checks each one's
-- tenant (none) before counting distinct ids. With PROC_DEF_ID_ alone indexed, PostgreSQL fetched every
-- such task row from the table (tens of thousands per stage in a province); with the tenant and the id in
-- the index it reads the index only. To remove: DROP INDEX ocop_idx_task_procdef_tenant_id;
CREATE INDEX ocop_idx_task_procdef_tenant_id ON ACT_RU_TASK (PROC_DEF_ID_, TENANT_ID_, ID_);

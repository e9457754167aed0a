-- Cockpit's start page counts the running instances of every process definition three times
-- (`/camunda/api/cockpit/plugin/base/default/process-definition/statistics`, its count and its page: the
-- Cockpit plugin's query `cockpit.base.selectPDStatistics`): `count(E.PROC_INST_ID_) … where
-- E.PARENT_ID_ IS NULL group by E.PROC_DEF_ID_` over ACT_RU_EXECUTION. Camunda 7.24 has no index that
-- answers it, so each call read the whole table: at a province's scale (600,000 executions, 300,000 of
-- them process instances: open dossiers and waiting certificate lifecycles, 197 MB) 110 ms of the
-- supervisor's 141 ms. This partial index holds only the process instances, with the two columns the
-- count reads, so the count reads the index alone (36 MB; 30-50 ms on a copy of that shape, against
-- 105 ms). PostgreSQL only (partial index, INCLUDE); H2, the development database, has no such load.
-- docs/benchmarks.md, Cockpit. To remove: DROP INDEX ocop_idx_exec_root_procdef;
CREATE INDEX ocop_idx_exec_root_procdef ON ACT_RU_EXECUTION (PROC_DEF_ID_) INCLUDE (PROC_INST_ID_)
  WHERE PARENT_ID_ IS NULL;

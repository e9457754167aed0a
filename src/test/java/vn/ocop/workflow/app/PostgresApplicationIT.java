package vn.ocop.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.workflow.testsupport.SharedPostgresTest;

/** The production database: a real PostgreSQL, with the postgres and demo profiles (the shared context). */
@SharedPostgresTest
class PostgresApplicationIT extends ApplicationScenarios {

  @Test
  void cockpitCountsEachProcessInstancesFromAPartialIndexOfOursOnPostgresql() {
    assertThat(jdbc.queryForList("select version from ocop_engine_index_history where success order by installed_rank",
        String.class)).contains("6", "7");
    Map<String, Object> index = jdbc.queryForMap(
        "select tablename, indexdef from pg_indexes where indexname = 'ocop_idx_exec_root_procdef'");
    assertThat(index.get("tablename")).isEqualTo("act_ru_execution");
    assertThat((String) index.get("indexdef")).contains("(proc_def_id_) INCLUDE (proc_inst_id_)")
        .contains("WHERE (parent_id_ IS NULL)");
  }
}

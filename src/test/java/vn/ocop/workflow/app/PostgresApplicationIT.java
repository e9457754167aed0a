package vn.ocop.workflow.app;

import vn.ocop.workflow.testsupport.SharedPostgresTest;

/** The production database: a real PostgreSQL, with the postgres and demo profiles (the shared context). */
@SharedPostgresTest
class PostgresApplicationIT extends ApplicationScenarios {
}

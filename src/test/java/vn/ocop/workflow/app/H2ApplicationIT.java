package vn.ocop.workflow.app;

/** The default database: embedded H2 in a file, with the demo profile on by default. */
class H2ApplicationIT extends ApplicationScenarios {
}

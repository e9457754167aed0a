package vn.ocop.workflow.app;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The default database: embedded H2 in a file, with the demo profile on by default. Its context is closed
 * after the class, so that only one engine runs at a time in this JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class H2ApplicationIT extends ApplicationScenarios {
}

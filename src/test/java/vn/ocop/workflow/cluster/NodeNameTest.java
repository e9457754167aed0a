package vn.ocop.workflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class NodeNameTest {

  private static StandardEnvironment environment(String configured) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(NodeName.PROPERTY, configured)));
    new NodeName().postProcessEnvironment(environment, new SpringApplication());
    return environment;
  }

  @Test
  void theConfiguredNameIsTheNodesNameInLogsToo() {
    StandardEnvironment environment = environment(" ocop2 ");
    assertThat(environment.getProperty(NodeName.PROPERTY)).isEqualTo("ocop2");
    assertThat(environment.getProperty("logging.structured.ecs.service.node-name")).isEqualTo("ocop2");
  }

  @Test
  void withoutOneTheNameIsTheHostAndProcessIdUniqueForTwoNodesOnOneHost() {
    String name = environment("").getProperty(NodeName.PROPERTY);
    assertThat(name).endsWith("-" + ManagementFactory.getRuntimeMXBean().getPid()).hasSizeGreaterThan(2);
  }
}

package vn.ocop.workflow.cluster;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The name of this node in a cluster of nodes on one database: {@code OCOP_NODE_NAME}
 * ({@code ocop.node-name}) or else {@code <host>-<process id>}, unique on one database even for two nodes
 * on one host. Resolved before logging starts, so that the structured logs carry it
 * ({@code service.node.name} in the ECS format), and used as the job executor's lock owner and the
 * engine's host name (job log, metrics reporter) by {@link NodeEnginePlugin}.
 */
public class NodeName implements EnvironmentPostProcessor {

  public static final String PROPERTY = "ocop.node-name";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String configured = environment.getProperty(PROPERTY, "").strip();
    String name = configured.isEmpty() ? defaultName() : configured;
    environment.getPropertySources().addFirst(new MapPropertySource("ocopNodeName", Map.of(
        PROPERTY, name,
        "logging.structured.ecs.service.node-name", name)));
  }

  static String defaultName() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
  }
}

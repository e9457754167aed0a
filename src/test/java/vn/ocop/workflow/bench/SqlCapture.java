package vn.ocop.workflow.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The SQL the engine runs for one call, as MyBatis logs it (statement and bound parameters), and the
 * query plans PostgreSQL chooses for it: each statement is explained again with the same parameters.
 */
final class SqlCapture {

  /** One statement the engine ran: its MyBatis id, the SQL and the parameters as logged. */
  record Statement(String id, String sql, List<String> parameters) {
  }

  /** A statement's plan, from EXPLAIN (ANALYZE, BUFFERS). */
  record Plan(Statement statement, String plan) {
  }

  private static final String ENGINE_MAPPERS = "org.camunda.bpm.engine.impl.persistence.entity";
  /** Our MyBatis mappers log under their interface names in these packages. */
  private static final String OUR_MAPPERS = "vn.ocop.workflow";
  private static final Pattern PARAMETER = Pattern.compile("(.*)\\((String|Integer|Long|Boolean|Timestamp|Date|LocalDate|Double)\\)");

  private SqlCapture() {
  }

  /** Runs {@code call} with the engine's and our mappers' statement logging on and returns what ran. */
  static List<Statement> during(Runnable call) {
    List<Logger> loggers = List.of((Logger) LoggerFactory.getLogger(ENGINE_MAPPERS),
        (Logger) LoggerFactory.getLogger(OUR_MAPPERS));
    List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    for (Logger logger : loggers) {
      logger.addAppender(appender);
      logger.setAdditive(false);
      logger.setLevel(Level.DEBUG);
    }
    try {
      call.run();
    } finally {
      for (int i = 0; i < loggers.size(); i++) {
        loggers.get(i).setLevel(levels.get(i));
        loggers.get(i).setAdditive(true);
        loggers.get(i).detachAppender(appender);
      }
    }
    // a statement batched by JDBC is prepared once and logged with one Parameters line per execution
    List<Statement> statements = new ArrayList<>();
    java.util.Map<String, String> prepared = new java.util.HashMap<>();
    for (ILoggingEvent event : appender.list) {
      String message = event.getFormattedMessage();
      String logger = event.getLoggerName();
      if (message.startsWith("==>  Preparing:")) {
        prepared.put(event.getThreadName() + logger, message.substring("==>  Preparing:".length()).trim());
      } else if (message.startsWith("==> Parameters:") && prepared.containsKey(event.getThreadName() + logger)) {
        String id = logger.startsWith(ENGINE_MAPPERS) ? logger.substring(ENGINE_MAPPERS.length() + 1)
            : logger.substring(logger.lastIndexOf('.', logger.lastIndexOf('.') - 1) + 1);
        statements.add(new Statement(id, prepared.get(event.getThreadName() + logger),
            parameters(message.substring("==> Parameters:".length()).trim())));
      }
    }
    return statements;
  }

  /** How many statements of each kind (MyBatis statement id) ran. */
  static java.util.Map<String, Integer> countById(List<Statement> statements) {
    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
    statements.forEach(statement -> counts.merge(statement.id(), 1, Integer::sum));
    return counts;
  }

  private static List<String> parameters(String logged) {
    List<String> parameters = new ArrayList<>();
    if (logged.isEmpty()) {
      return parameters;
    }
    for (String part : logged.split(", ")) {
      parameters.add(part);
    }
    return parameters;
  }

  /** EXPLAIN (ANALYZE, BUFFERS) of a captured statement, with its logged parameters bound again. */
  static Plan explain(Connection connection, Statement statement) {
    StringBuilder plan = new StringBuilder();
    try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + statement.sql())) {
      for (int i = 0; i < statement.parameters().size(); i++) {
        bind(explain, i + 1, statement.parameters().get(i));
      }
      try (ResultSet rs = explain.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
    } catch (SQLException e) {
      plan.append("(not explained: ").append(e.getMessage()).append(")\n");
    }
    return new Plan(statement, plan.toString());
  }

  private static void bind(PreparedStatement statement, int index, String logged) throws SQLException {
    if (logged.equals("null")) {
      statement.setObject(index, null);
      return;
    }
    Matcher typed = PARAMETER.matcher(logged);
    if (!typed.matches()) {
      throw new SQLException("Cannot read the logged parameter " + logged);
    }
    String value = typed.group(1);
    switch (typed.group(2)) {
      case "Integer" -> statement.setInt(index, Integer.parseInt(value));
      case "Long" -> statement.setLong(index, Long.parseLong(value));
      case "Boolean" -> statement.setBoolean(index, Boolean.parseBoolean(value));
      case "Double" -> statement.setDouble(index, Double.parseDouble(value));
      case "Timestamp", "Date" -> statement.setTimestamp(index, java.sql.Timestamp.valueOf(value));
      case "LocalDate" -> statement.setObject(index, java.time.LocalDate.parse(value));
      default -> statement.setString(index, value);
    }
  }
}

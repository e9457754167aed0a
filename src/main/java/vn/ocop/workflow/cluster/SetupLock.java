package vn.ocop.workflow.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One node at a time builds or updates the database and runs the start-up set-up (engine schema,
 * groups, grants, administrator, demo users, Tasklist filters, backfills): held from our own migrations
 * ({@link SetupLockedMigrations}), or else the engine's configuration ({@link NodeEnginePlugin}), until the
 * last set-up runner is done ({@link SetupDone}). The other nodes wait, then find everything in place. Nodes
 * that start together on an empty database would otherwise both create our schema's history table, or insert
 * the same group or filter twice (duplicate key {@code act_uniq_auth_group}).
 * <p>
 * On PostgreSQL it is a session-level advisory lock on a connection of its own: a node that dies while
 * holding it loses its connection and with it the lock. An embedded H2 file belongs to one process, so
 * there a lock within the JVM is enough (two application contexts in one JVM, as tests start them).
 */
@Component
public class SetupLock implements DisposableBean {

  /** The advisory lock's key: "OCOP" in ASCII. */
  static final long KEY = 0x4F434F50L;
  private static final Logger LOG = LoggerFactory.getLogger(SetupLock.class);
  private static final Semaphore IN_JVM = new Semaphore(1);

  private final DataSource dataSource;
  private Connection connection;
  private boolean heldInJvm;

  SetupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Waits until no other node is setting up, then holds the lock. */
  public synchronized void acquire() {
    if (connection != null || heldInJvm) {
      return;
    }
    long start = System.nanoTime();
    try {
      Connection candidate = dataSource.getConnection();
      if (candidate.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
        candidate.setAutoCommit(true);
        try (Statement statement = candidate.createStatement()) {
          if (!tryLock(statement)) {
            LOG.info("Another node is setting up the database; waiting for it");
            statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
          }
        }
        connection = candidate;
      } else {
        candidate.close();
        IN_JVM.acquireUninterruptibly();
        heldInJvm = true;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the set-up lock on the database", e);
    }
    LOG.info("Set-up lock taken after {} ms", (System.nanoTime() - start) / 1_000_000);
  }

  private static boolean tryLock(Statement statement) throws SQLException {
    try (var result = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
      result.next();
      return result.getBoolean(1);
    }
  }

  /** Lets the next node set up; idempotent. */
  public synchronized void release() {
    if (connection != null) {
      try (Connection held = connection; Statement statement = held.createStatement()) {
        statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
      } catch (SQLException e) {
        // closing the connection ends the session, which releases its advisory locks anyway
        LOG.warn("Releasing the set-up lock failed; the connection is closed instead: {}", e.getMessage());
      }
      connection = null;
      LOG.info("Set-up lock released");
    }
    if (heldInJvm) {
      heldInJvm = false;
      IN_JVM.release();
    }
  }

  /** A start that fails half-way must not keep the other nodes waiting. */
  @Override
  public void destroy() {
    release();
  }
}

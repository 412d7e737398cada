package io.cordon.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * One writing transaction at a time on an embedded H2 database, from its first writing statement until
 * its COMMIT (or rollback) has returned.
 *
 * <p>Why: H2 (MVStore) shows a transaction's changes to other transactions, and wakes the ones waiting
 * on its row locks, as soon as its commit starts, before the commit is marked in its undo log and
 * before the chunk holding it is written. A second transaction could read the first one's changes,
 * commit and be written by its own chunk while the first was not yet on disk; a kill -9 at that moment
 * brought back the second without the first (the audit chain had rows 230-234 missing and 235 present:
 * docs/reliability.md). Held until COMMIT returns, which with {@code WRITE_DELAY 0} is after H2 wrote the
 * chunk, no transaction writes on top of a commit that is not on disk. Most writes of the cases store
 * were serialised already by the audit head's row lock; this holds that lock until the commit is
 * durable and covers the catalog's writes too. Readers are not held up.
 *
 * <p>Connections are used by one thread each (the lock belongs to the thread that took it).
 */
final class SerialWriters {
  private SerialWriters() {}

  /** How long a writer waits for the one before it; H2's own lock wait is shorter, this only catches leaks. */
  static final long WAIT_SECONDS = 120;

  /**
   * One lock per database file: H2 shares one open database per file among every connection of the JVM,
   * however many stores opened it, so the lock cannot belong to a store instance.
   */
  private static final Map<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  /** Statements that only read: anything else (DML, DDL, SET, CALL, SELECT ... FOR UPDATE) takes the lock. */
  private static final Pattern READ_ONLY = Pattern.compile("^\\s*\\(*\\s*(SELECT|VALUES|TABLE|SHOW|EXPLAIN)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FOR_UPDATE = Pattern.compile("\\bFOR\\s+UPDATE\\b", Pattern.CASE_INSENSITIVE);

  private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
      "executeBatch", "executeLargeBatch", "addBatch");

  /** {@code h2} with its connections wrapped; {@code url} names the database (its file). */
  static DataSource around(DataSource h2, String url) {
    ReentrantLock lock = LOCKS.computeIfAbsent(database(url), k -> new ReentrantLock(true));
    return (DataSource) Proxy.newProxyInstance(SerialWriters.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, m, args) -> {
          Object out = invoke(h2, m, args);
          if (m.getName().equals("getConnection")) {
            return wrap(Connection.class, new Conn((Connection) out, lock));
          }
          return out;
        });
  }

  /** True when {@code sql} may change the database (or lock rows, which H2 does by writing). */
  static boolean writes(String sql) {
    return !READ_ONLY.matcher(sql).find() || FOR_UPDATE.matcher(sql).find();
  }

  /** The database file of an H2 URL: {@code jdbc:h2:file:/a/b;AUTO_SERVER=TRUE} is {@code /a/b}. */
  static String database(String url) {
    String name = url.substring("jdbc:h2:".length());
    int semi = name.indexOf(';');
    name = semi < 0 ? name : name.substring(0, semi);
    if (name.startsWith("file:")) {
      name = name.substring("file:".length());
    }
    if (name.startsWith("mem:") || name.contains(":")) {
      return name; // in-memory or another protocol: the name as it is
    }
    return Path.of(name).toAbsolutePath().normalize().toString();
  }

  private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T wrap(Class<T> type, InvocationHandler h) {
    return (T) Proxy.newProxyInstance(SerialWriters.class.getClassLoader(), new Class<?>[] {type}, h);
  }

  /** A connection that takes the lock at its first writing statement and gives it back when its transaction ends. */
  private static final class Conn implements InvocationHandler {
    private final Connection c;
    private final ReentrantLock lock;
    private boolean holding;
    private Connection self;

    Conn(Connection c, ReentrantLock lock) {
      this.c = c;
      this.lock = lock;
    }

    @Override
    public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
      self = (Connection) proxy;
      String name = m.getName();
      switch (name) {
        case "prepareStatement", "prepareCall" -> {
          boolean writes = writes((String) args[0]);
          Object st = SerialWriters.invoke(c, m, args);
          Class<?> type = name.equals("prepareCall") ? CallableStatement.class : PreparedStatement.class;
          return wrap(type, new Stmt(this, (Statement) st, writes));
        }
        case "createStatement" -> {
          return wrap(Statement.class, new Stmt(this, (Statement) SerialWriters.invoke(c, m, args), false));
        }
        case "commit", "rollback", "close" -> {
          try {
            return SerialWriters.invoke(c, m, args);
          } finally {
            // a rollback to a savepoint keeps the transaction (and its writes) open
            if (!(name.equals("rollback") && args != null && args.length == 1)) {
              release();
            }
          }
        }
        case "setAutoCommit" -> {
          try {
            return SerialWriters.invoke(c, m, args);
          } finally {
            if ((Boolean) args[0]) {
              release(); // switching auto-commit on commits the transaction
            }
          }
        }
        default -> {
          return SerialWriters.invoke(c, m, args);
        }
      }
    }

    void acquire() throws SQLException {
      if (holding) {
        return;
      }
      try {
        if (!lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS)) {
          throw new SQLTransientException("the embedded store: another writing transaction has not finished in "
              + WAIT_SECONDS + " s");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLTransientException("the embedded store: interrupted while waiting for another writer", e);
      }
      holding = true;
    }

    void release() {
      if (holding) {
        holding = false;
        lock.unlock();
      }
    }

    /** After a statement ran: in auto-commit mode it was its own transaction, now committed. */
    void afterStatement() throws SQLException {
      if (holding && c.getAutoCommit()) {
        release();
      }
    }
  }

  /** A statement that takes its connection's lock before it runs a writing statement. */
  private static final class Stmt implements InvocationHandler {
    private final Conn conn;
    private final Statement st;
    private final boolean prepared;
    private final boolean preparedWrites;

    Stmt(Conn conn, Statement st, boolean preparedWrites) {
      this.conn = conn;
      this.st = st;
      this.prepared = st instanceof PreparedStatement;
      this.preparedWrites = preparedWrites;
    }

    @Override
    public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
      String name = m.getName();
      if (name.equals("getConnection")) {
        return conn.self;
      }
      if (!EXECUTE.contains(name)) {
        return SerialWriters.invoke(st, m, args);
      }
      boolean withSql = args != null && args.length > 0 && args[0] instanceof String;
      boolean writes = withSql ? writes((String) args[0]) : prepared ? preparedWrites : true;
      if (writes) {
        conn.acquire();
      }
      if (name.equals("addBatch")) {
        return SerialWriters.invoke(st, m, args); // runs at executeBatch
      }
      try {
        return SerialWriters.invoke(st, m, args);
      } finally {
        conn.afterStatement();
      }
    }
  }
}

package io.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which statements take the embedded store's writer lock; {@link CommitGapTest} shows why there is one. */
class SerialWritersTest {
  @Test
  void statementsThatWriteOrLockRowsTakeTheLock() {
    assertThat(SerialWriters.writes("SELECT seq, hash FROM audit_head WHERE id = 1")).isFalse();
    assertThat(SerialWriters.writes("  select * from t order by x")).isFalse();
    assertThat(SerialWriters.writes("(SELECT 1) UNION (SELECT 2)")).isFalse();
    assertThat(SerialWriters.writes("VALUES 1")).isFalse();
    assertThat(SerialWriters.writes("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")).isTrue();
    assertThat(SerialWriters.writes("select x from t for\n update")).isTrue();
    assertThat(SerialWriters.writes("INSERT INTO audit_log VALUES (?)")).isTrue();
    assertThat(SerialWriters.writes("update t set a = 1")).isTrue();
    assertThat(SerialWriters.writes("DELETE FROM t")).isTrue();
    assertThat(SerialWriters.writes("MERGE INTO t KEY (id) VALUES (1)")).isTrue();
    assertThat(SerialWriters.writes("CREATE TABLE t (id INT)")).isTrue();
    assertThat(SerialWriters.writes("SET WRITE_DELAY 0")).isTrue();
    assertThat(SerialWriters.writes("WITH x AS (SELECT 1) SELECT * FROM x")).as("anything unknown counts as a write")
        .isTrue();
  }

  @Test
  void everyStoreOfOneFileSharesTheLock() {
    assertThat(SerialWriters.database("jdbc:h2:file:/a/b/cordon;AUTO_SERVER=TRUE"))
        .isEqualTo(SerialWriters.database("jdbc:h2:/a/b/../b/cordon"));
    assertThat(SerialWriters.database("jdbc:h2:mem:x")).isEqualTo("mem:x");
  }
}

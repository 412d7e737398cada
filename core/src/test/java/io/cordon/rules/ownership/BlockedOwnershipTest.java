package io.cordon.rules.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** OFAC FAQ 401 examples, aggregation, non-blocked intermediaries and cycles. */
class BlockedOwnershipTest {

  static OwnershipLink link(String owner, String asset, double pct) {
    return new OwnershipLink(owner, asset, pct, null, null, "test");
  }

  static BlockedOwnership run(Set<String> listed, OwnershipLink... links) {
    return BlockedOwnership.compute(OwnershipGraph.of(List.of(links)).on(null), listed);
  }

  @Test
  void faq401IndirectOwnershipThroughBlockedEntities() {
    // X owns 50% of A and 50% of B; A and B each own 25% of C
    BlockedOwnership b = run(Set.of("X"), link("X", "A", 50), link("X", "B", 50), link("A", "C", 25), link("B", "C", 25));
    assertThat(b.blocked()).containsExactly("A", "B", "C", "X");
    OwnershipStatus c = b.status("C");
    assertThat(c.blockedByOwnership()).isTrue();
    assertThat(c.blockedShare()).isEqualTo(50.0);
    assertThat(c.round()).isEqualTo(2);
    assertThat(c.paths()).extracting(Object::toString)
        .containsExactlyInAnyOrder("X -[50%]-> A -[25%]-> C", "X -[50%]-> B -[25%]-> C");
    assertThat(c.summary()).contains("blocked by ownership: 50% held by blocked owners");
  }

  @Test
  void faq401AggregatesSeveralBlockedOwners() {
    // X (blocked) owns 40% of D and Y (blocked) 10%
    BlockedOwnership b = run(Set.of("X", "Y"), link("X", "D", 40), link("Y", "D", 10));
    assertThat(b.isBlocked("D")).isTrue();
    assertThat(b.status("D").paths()).hasSize(2);
    BlockedOwnership only = run(Set.of("X"), link("X", "D", 40), link("Y", "D", 10));
    assertThat(only.isBlocked("D")).isFalse();
    assertThat(only.status("D").blockedShare()).isEqualTo(40.0);
  }

  @Test
  void nonBlockedIntermediaryDoesNotPropagate() {
    // X owns 40% of E (not blocked); E owns 100% of F: X's indirect 40% of F does not count
    BlockedOwnership b = run(Set.of("X"), link("X", "E", 40), link("E", "F", 100));
    assertThat(b.isBlocked("E")).isFalse();
    assertThat(b.isBlocked("F")).isFalse();
    assertThat(b.status("F").blockedShare()).isZero();
  }

  @Test
  void thresholdIsInclusiveAndToleratesRounding() {
    assertThat(run(Set.of("X"), link("X", "A", 49.99)).isBlocked("A")).isFalse();
    assertThat(run(Set.of("X", "Y"), link("X", "A", 25.1), link("Y", "A", 24.9)).isBlocked("A")).isTrue();
    assertThatThrownBy(() -> BlockedOwnership.compute(OwnershipGraph.of(List.of()), Set.of(), 0))
        .hasMessageContaining("threshold");
  }

  @Test
  void cyclesTerminate() {
    // A and B own each other; neither is listed
    BlockedOwnership none = run(Set.of("X"), link("A", "B", 60), link("B", "A", 60));
    assertThat(none.blocked()).containsExactly("X");
    // X owns 50% of A; A and B own 50% of each other: both blocked, in rounds 1 and 2
    BlockedOwnership b = run(Set.of("X"), link("X", "A", 50), link("A", "B", 50), link("B", "A", 50));
    assertThat(b.status("A").round()).isEqualTo(1);
    assertThat(b.status("B").round()).isEqualTo(2);
    assertThat(b.status("B").paths()).extracting(Object::toString).containsExactly("X -[50%]-> A -[50%]-> B");
    // a longer ring: X 30% of R1; R1 -> R2 -> R3 -> R1 at 60%: R1 never reaches 50 from blocked owners
    BlockedOwnership ring = run(Set.of("X"), link("X", "R1", 30), link("R1", "R2", 60), link("R2", "R3", 60),
        link("R3", "R1", 60));
    assertThat(ring.blockedByOwnership()).isEmpty();
  }

  @Test
  void duplicateLinksAreNotSummedAndDatesCount() {
    OwnershipGraph g = OwnershipGraph.of(List.of(
        new OwnershipLink("X", "A", 30.0, null, null, "register 2019"),
        new OwnershipLink("X", "A", 30.0, null, null, "register 2020"),
        new OwnershipLink("X", "B", 60.0, java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2020, 12, 31), "r")));
    BlockedOwnership b = BlockedOwnership.compute(g.on(java.time.LocalDate.of(2020, 6, 1)), Set.of("X"));
    assertThat(b.isBlocked("A")).isFalse();
    assertThat(b.isBlocked("B")).isTrue();
    assertThat(BlockedOwnership.compute(g.on(java.time.LocalDate.of(2021, 1, 1)), Set.of("X")).isBlocked("B")).isFalse();
  }

  @Test
  void unknownSharesAreReported() {
    OwnershipGraph g = OwnershipGraph.of(List.of(new OwnershipLink("X", "A", null, null, null, "subsidiary of")));
    OwnershipStatus s = BlockedOwnership.compute(g, Set.of("X")).status("A");
    assertThat(s.blocked()).isFalse();
    assertThat(s.unknownShares()).containsExactly("X");
    assertThat(s.summary()).contains("shares not stated");
  }
}

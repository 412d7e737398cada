package io.cordon.catalog;

/** What committing a snapshot did. */
public enum CommitOutcome {
  /** Stored and now the active snapshot of its source. */
  ACTIVE,
  /** Stored as history: a snapshot with a later effective date stays active. */
  HISTORY,
  /** Identical content was already stored (same snapshot id); nothing changed. */
  UNCHANGED;

  /** Lower-case word used in command output. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

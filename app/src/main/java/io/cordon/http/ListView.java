package io.cordon.http;

import io.cordon.model.Entity;
import io.cordon.screening.ScreeningJson.Seen;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the HTTP layer needs to know about the loaded lists, independent of how they are stored. */
public interface ListView {

  /** One loaded source and its active snapshot. */
  record SourceInfo(String name, String snapshotId, String format, Optional<LocalDate> published, Instant imported,
                    int targets, int records, boolean peps) {}

  List<SourceInfo> sources();

  /** An entity of the active snapshots by id. */
  Optional<Entity> entity(String id);

  /** Link records (Sanction, Ownership, Family...) that point at the entity. */
  List<Entity> linksTo(String id);

  /** The screenable entities (people, companies, vessels...) of the active snapshots, in import order. */
  List<Entity> targets();

  /**
   * History dates of an entity of the active snapshots (effective dates of snapshots: publication,
   * else import): first in its source's history, in the active snapshot, last changed; empty when not known.
   */
  default Optional<Seen> seen(String id) {
    return Optional.empty();
  }

  /** The canonical id of an entity merged under another id ({@code id} is a referent); empty if none. */
  default Optional<String> canonicalId(String id) {
    return Optional.empty();
  }
}

package io.cordon.http;

import io.cordon.model.Entity;
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
}

package io.cordon.sources.support;

import io.cordon.model.Entity;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers the entities of one read with unique ids, and builds the {@link ParsedList}: a read
 * that produced no target at all is a failure, not an empty list.
 */
public final class Collector {
  private final Path file;
  private final ListFormat format;
  private final Warnings warnings = new Warnings();
  private final List<Entity> entities = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  public Collector(Path file, ListFormat format) {
    this.file = file;
    this.format = format;
  }

  public Warnings warnings() {
    return warnings;
  }

  /** The dataset name written into each entity. */
  public String dataset() {
    return format.defaultSource();
  }

  /** A draft for a new entity of this read. */
  public Draft draft(String id, String schema) {
    return new Draft(id, schema, dataset(), warnings);
  }

  /** Adds an entity; a repeated id is skipped with a warning (the first one wins). */
  public boolean add(Entity e) {
    if (!ids.add(e.id())) {
      warnings.add(e.id() + ": duplicate id, later record skipped");
      return false;
    }
    entities.add(e);
    return true;
  }

  public boolean contains(String id) {
    return ids.contains(id);
  }

  /** Skips a record, saying why; the message names the record. */
  public void skip(String record, String reason) {
    warnings.add("skipped " + record + ": " + reason);
  }

  public ParsedList finish(Optional<LocalDate> published) throws ListFormatException {
    ParsedList out = new ParsedList(format, published, entities, warnings.list());
    if (out.targetCount() == 0) {
      throw new ListFormatException(file, "no list entries found"
          + (warnings.size() > 0 ? " (" + warnings.size() + " skipped, first: " + warnings.list().get(0) + ")" : ""));
    }
    return out;
  }
}

package io.cordon.sources;

import io.cordon.model.Entity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one adapter read from one list file (or OFAC CSV folder): all entities, targets and link
 * records alike, and the publication date when the file states one.
 *
 * @param format    the format read
 * @param published the list's own publication date, empty when the file carries none (OFAC CSV)
 * @param entities  entities in file order; ids are unique
 * @param warnings  records the adapter skipped or could only partly map, one message each naming
 *                  the record (e.g. a record without a name); the list itself is still complete
 * @param source    the source name the file gives itself (a custom YAML list's {@code source:}),
 *                  used when the user gives none; empty for official lists (format default)
 */
public record ParsedList(ListFormat format, Optional<LocalDate> published, List<Entity> entities,
                         List<String> warnings, Optional<String> source) {
  public ParsedList {
    entities = List.copyOf(entities);
    warnings = List.copyOf(warnings);
  }

  /** A list that names no source of its own. */
  public ParsedList(ListFormat format, Optional<LocalDate> published, List<Entity> entities,
                    List<String> warnings) {
    this(format, published, entities, warnings, Optional.empty());
  }

  /** A list read without warnings. */
  public ParsedList(ListFormat format, Optional<LocalDate> published, List<Entity> entities) {
    this(format, published, entities, List.of());
  }

  /** Number of screenable targets (people, companies, vessels...), not counting link records. */
  public long targetCount() {
    return entities.stream().filter(e -> io.cordon.model.Schemata.isScreenable(e.schema())).count();
  }
}

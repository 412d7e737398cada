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
 */
public record ParsedList(ListFormat format, Optional<LocalDate> published, List<Entity> entities) {
  public ParsedList {
    entities = List.copyOf(entities);
  }

  /** Number of screenable targets (people, companies, vessels...), not counting link records. */
  public long targetCount() {
    return entities.stream().filter(e -> io.cordon.model.Schemata.isScreenable(e.schema())).count();
  }
}

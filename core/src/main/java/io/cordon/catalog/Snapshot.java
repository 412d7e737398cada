package io.cordon.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One immutable imported version of one source.
 *
 * @param id          content-derived id, e.g. {@code us_ofac_sdn-3f2a9c01b2d4}
 * @param source      source name, e.g. {@code us_ofac_sdn}
 * @param format      format label of the adapter that read it, e.g. {@code ofac-sdn-csv}
 * @param sha256      hex SHA-256 of the file bytes (of all files of a set, in name order)
 * @param published   the list's publication date (from the file or {@code --published}), if known
 * @param imported    when Cordon imported it
 * @param targets     screenable entities (people, organisations, vessels...)
 * @param records     all entities, link records (Sanction, Ownership...) included
 */
public record Snapshot(String id, String source, String format, String sha256, Optional<LocalDate> published,
                       Instant imported, int targets, int records) {

  /** The date this snapshot counts from for history queries: publication date, else import day. */
  public LocalDate effectiveDate() {
    return published.orElseGet(() -> imported.atZone(java.time.ZoneOffset.UTC).toLocalDate());
  }
}

package io.cordon.index;

import java.util.List;
import java.util.Objects;

/**
 * One listing of a party: which list carries it, under which id, for which programmes, since when.
 *
 * @param entityId    the listed entity's id (e.g. {@code ofac-6365}, {@code unsc-6908050})
 * @param dataset     the list's source name (e.g. {@code us_ofac_sdn}, {@code un_sc_sanctions})
 * @param programs    sanction programmes or regimes as the list names them; empty when it names none
 * @param listingDate ISO date (or year) the list gives for the designation; empty when it gives none
 *                    (the OFAC CSV files carry no listing date)
 * @param authorityId the publisher's own reference (OFAC entity number, UN reference number, ...); may be empty
 */
public record Listing(String entityId, String dataset, List<String> programs, String listingDate, String authorityId) {
  public Listing {
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(dataset, "dataset");
    programs = List.copyOf(programs);
    listingDate = listingDate == null ? "" : listingDate;
    authorityId = authorityId == null ? "" : authorityId;
  }

  /** The one JSON form of a listing (every interface prints this): snake_case keys, empty values left out. */
  public java.util.Map<String, Object> fields() {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("id", entityId);
    m.put("dataset", dataset);
    m.put("programs", programs);
    if (!listingDate.isEmpty()) {
      m.put("listing_date", listingDate);
    }
    if (!authorityId.isEmpty()) {
      m.put("authority_id", authorityId);
    }
    return m;
  }
}

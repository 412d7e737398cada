package io.cordon.screening.batch;

import io.cordon.match.Explanation;
import io.cordon.match.Scores;
import io.cordon.screening.ScreeningResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of one result as batch outputs show them. */
final class ResultFields {
  private ResultFields() {}

  static Map<String, Object> of(ScreeningResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.entity().id());
    m.put("caption", r.entity().caption());
    m.put("schema", r.entity().schema());
    m.put("score", Scores.round(r.score()));
    m.put("priority", Scores.round(r.priority()));
    m.put("match", r.match());
    m.put("datasets", new ArrayList<>(r.datasets()));
    m.put("names", r.entity().names());
    m.put("matched_name", r.matchedName());
    m.put("snapshot", r.snapshotId());
    Map<String, Object> ex = new LinkedHashMap<>();
    for (Explanation e : r.explanations()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("score", Scores.round(e.score()));
      one.put("detail", e.detail());
      ex.put(e.feature(), one);
    }
    m.put("explanations", ex);
    m.put("listings", r.listings().fields());
    m.put("listing_evidence", r.listings().evidence());
    return m;
  }

  /**
   * Listings on one line for a spreadsheet cell: "ofac-11975 us_ofac_sdn DRCONGO | unsc-6907998
   * un_sc_sanctions DRC 2005-11-01 CDi.006 | evidence: ...".
   */
  static String listingText(io.cordon.index.PartyListings p) {
    List<String> parts = new ArrayList<>();
    for (io.cordon.index.Listing l : p.listings()) {
      StringBuilder b = new StringBuilder(l.entityId()).append(' ').append(l.dataset());
      if (!l.programs().isEmpty()) {
        b.append(' ').append(String.join("/", l.programs()));
      }
      if (!l.listingDate().isEmpty()) {
        b.append(' ').append(l.listingDate());
      }
      parts.add(b.toString());
    }
    if (!p.evidence().isEmpty()) {
      parts.add("evidence: " + String.join("; ", p.evidence()));
    }
    return String.join(" | ", parts);
  }

  /** Explanations on one line for a spreadsheet cell: "feature=0.93 (detail); ...". */
  static String explanationText(List<Explanation> ex) {
    List<String> parts = new ArrayList<>();
    for (Explanation e : ex) {
      parts.add(e.feature() + "=" + Scores.round(e.score()) + (e.detail() == null || e.detail().isEmpty() ? "" : " (" + e.detail() + ")"));
    }
    return String.join("; ", parts);
  }
}

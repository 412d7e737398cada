package io.cordon.screening.batch;

import io.cordon.match.Explanation;
import io.cordon.match.Scores;
import java.util.ArrayList;
import java.util.List;

/** One result's listings and explanations as spreadsheet cells (batch CSV); its JSON is {@code ScreeningJson.compact}. */
final class ResultFields {
  private ResultFields() {}

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

package io.cordon.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One legal rule as data: which transactions it covers, what it says about them, and the texts it
 * rests on. Rules are read from versioned YAML files ({@link RuleLoader}); none is written in code.
 *
 * @param id             stable id, e.g. {@code eo14024-d1-primary-bonds}
 * @param title          one line for people
 * @param authority      e.g. "US Treasury OFAC"
 * @param program        sanctions program, e.g. {@code RUSSIA-EO14024}
 * @param published      when the rule's text became public: checks "as of" an earlier date ignore it
 * @param citations      the texts, first the one the rule encodes; at least one
 * @param follows        which wording the rule follows where texts differ (e.g. "after" vs "on or after")
 * @param note           anything else an analyst should know, or null
 * @param effectiveFrom  first trade date the rule is in force
 * @param effectiveUntil last trade date it is in force (superseded or revoked), or null when open
 * @param supersededBy   id of the rule that replaced it, or null
 * @param when           the conditions
 * @param outcome        what it says about covered transactions
 * @param ownership50    whether the 50% rule extends it to entities owned 50% or more by covered parties
 * @param file           the rule file and its version, for the audit trail
 * @param authorizes     for a general licence (outcome allowed): ids of the prohibiting rules it
 *                       authorises when its own conditions hold; empty otherwise
 * @param partyDates     each covered party's own start date, for conditions with onOrAfterPartyDate; or null
 * @param proviso        for a general licence: a condition of the licence Cordon cannot check (e.g.
 *                       "only the wind-down"); when the licence fires, the answer is review; or null
 */
public record Rule(String id, String title, String authority, String program, LocalDate published,
                   List<Citation> citations, String follows, String note, LocalDate effectiveFrom,
                   LocalDate effectiveUntil, String supersededBy, Conditions when, RuleEffect outcome,
                   boolean ownership50, String file, List<String> authorizes, PartyDates partyDates,
                   String proviso) {
  public Rule {
    authorizes = List.copyOf(authorizes);
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(when, "when");
    Objects.requireNonNull(outcome, "outcome");
    citations = List.copyOf(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("rule " + id + " has no citation");
    }
  }

  /** True for a general licence: it authorises other rules' prohibitions. */
  public boolean isLicence() {
    return !authorizes.isEmpty();
  }

  /** True when the rule is in force on {@code tradeDate}. */
  public boolean inForceOn(LocalDate tradeDate) {
    return !tradeDate.isBefore(effectiveFrom) && (effectiveUntil == null || !tradeDate.isAfter(effectiveUntil));
  }
}

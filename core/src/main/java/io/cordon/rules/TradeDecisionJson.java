package io.cordon.rules;

import io.cordon.rules.ownership.OwnershipPath;
import io.cordon.rules.ownership.OwnershipStatus;
import io.cordon.rules.ownership.OwnershipStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a {@link TradeDecision} (CLI {@code --json} and the HTTP API), as plain maps
 * and lists so any JSON writer serialises it. Top-level {@code "decision"} is
 * {@code "prohibited" | "allowed" | "review"}.
 */
public final class TradeDecisionJson {
  private TradeDecisionJson() {}

  public static Map<String, Object> toMap(TradeDecision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("decision", d.decision().label());
    m.put("reasons", d.reasons());
    m.put("asOf", d.asOf().toString());
    m.put("policy", d.policy());
    m.put("ruleBook", d.ruleBook());
    m.put("counterparty", party(d.party()));
    List<Object> rules = new ArrayList<>();
    for (RuleEvaluation e : d.rules()) {
      rules.add(rule(e));
    }
    m.put("rules", rules);
    m.put("facts", d.facts());
    return m;
  }

  private static Map<String, Object> party(PartyFinding p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("match", p.band().name().toLowerCase(java.util.Locale.ROOT));
    if (p.candidate() != null) {
      m.put("entity", candidate(p.candidate()));
      m.put("listedOn", p.listedOn());
      m.put("blockingOn", p.blockingOn());
      m.put("blocked", p.blocked());
      if (p.ownership() != null) {
        m.put("ownership", ownership(p.ownership()));
      }
      List<Object> others = new ArrayList<>();
      p.others().forEach(c -> others.add(candidate(c)));
      m.put("otherCandidates", others);
    }
    return m;
  }

  private static Map<String, Object> candidate(PartyCandidate c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("caption", c.caption());
    m.put("schema", c.entity() == null ? null : c.entity().schema());
    m.put("datasets", c.entity() == null ? List.of() : List.copyOf(c.entity().datasets()));
    m.put("score", c.score());
    m.put("matchedBy", c.matchedBy());
    m.put("matched", c.matched());
    return m;
  }

  static Map<String, Object> ownership(OwnershipStatus s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("blocked", s.blocked());
    m.put("blockedByOwnership", s.blockedByOwnership());
    m.put("blockedShare", s.blockedShare());
    List<Object> owners = new ArrayList<>();
    for (OwnershipStep st : s.blockedOwners()) {
      owners.add(step(st));
    }
    m.put("blockedOwners", owners);
    m.put("paths", paths(s.paths()));
    m.put("unknownShares", s.unknownShares());
    m.put("summary", s.summary());
    return m;
  }

  private static List<Object> paths(List<OwnershipPath> paths) {
    List<Object> out = new ArrayList<>();
    for (OwnershipPath p : paths) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", p.toString());
      List<Object> steps = new ArrayList<>();
      p.steps().forEach(s -> steps.add(step(s)));
      m.put("steps", steps);
      m.put("contribution", p.contribution());
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> step(OwnershipStep s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("owner", s.owner());
    m.put("asset", s.asset());
    m.put("percentage", s.percentage());
    m.put("source", s.source());
    return m;
  }

  private static Map<String, Object> rule(RuleEvaluation e) {
    Rule r = e.rule();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("status", e.status().label());
    m.put("outcome", r.outcome().label());
    m.put("boundary", e.boundary());
    m.put("title", r.title());
    m.put("authority", r.authority());
    m.put("program", r.program());
    m.put("effectiveFrom", r.effectiveFrom().toString());
    m.put("effectiveUntil", r.effectiveUntil() == null ? null : r.effectiveUntil().toString());
    m.put("supersededBy", r.supersededBy());
    m.put("published", r.published().toString());
    m.put("ownership50", r.ownership50());
    m.put("follows", r.follows());
    m.put("note", r.note());
    List<Object> cites = new ArrayList<>();
    for (Citation c : r.citations()) {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("cite", c.cite());
      cm.put("url", c.url());
      cm.put("published", c.published() == null ? null : c.published().toString());
      cm.put("quote", c.quote());
      cm.put("quoteKind", c.quoteKind());
      cites.add(cm);
    }
    m.put("citations", cites);
    m.put("authorizes", r.authorizes());
    m.put("proviso", r.proviso());
    m.put("open", e.open());
    m.put("partyDates", r.partyDates() == null ? null : r.partyDates().label());
    m.put("reasons", e.reasons());
    m.put("ownershipPaths", paths(e.ownership()));
    m.put("file", r.file());
    return m;
  }
}

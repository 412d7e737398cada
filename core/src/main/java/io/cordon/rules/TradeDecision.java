package io.cordon.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer to a trade check, with everything it rests on.
 *
 * @param decision  prohibited, allowed or review
 * @param reasons   why, in words, most important first
 * @param request   the request as given
 * @param asOf      the date rules and lists were taken as known
 * @param policy    the screening policy applied
 * @param ruleBook  rule files and versions used
 * @param party     what was found about the counterparty
 * @param rules     every rule considered, fired ones first
 * @param facts     the facts used, by name
 */
public record TradeDecision(Verdict decision, List<String> reasons, TradeRequest request, LocalDate asOf,
                            String policy, String ruleBook, PartyFinding party, List<RuleEvaluation> rules,
                            Map<String, String> facts) {
  public TradeDecision {
    reasons = List.copyOf(reasons);
    rules = List.copyOf(rules);
    facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
  }

  /** The evaluation of one rule, for tests and reports. */
  public RuleEvaluation evaluation(String ruleId) {
    return rules.stream().filter(r -> r.rule().id().equals(ruleId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("rule not considered: " + ruleId));
  }

  /** Ids of the rules that fired. */
  public List<String> fired() {
    return rules.stream().filter(r -> r.status() == RuleEvaluation.Status.FIRED).map(r -> r.rule().id()).toList();
  }
}

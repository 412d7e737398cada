package io.cordon.screening.payment;

import io.cordon.model.Entity;
import io.cordon.rules.ActorKind;
import io.cordon.rules.Verdict;
import io.cordon.rules.Instrument;
import io.cordon.rules.PartyQuery;
import io.cordon.rules.RuleEvaluation;
import io.cordon.rules.TradeChecker;
import io.cordon.rules.TradeDecision;
import io.cordon.rules.TradeRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rule book's transaction rules applied to a payment: a payment is a transaction of kind
 * "other" by a financial institution of the policy's jurisdiction with the party, on the value date.
 * Only the small stable API of {@link TradeChecker} is used (check a request, read the decision).
 */
public final class TradeRules implements PartyRules {
  private final TradeChecker checker;
  private final String jurisdiction;

  /** @param jurisdiction the actor's country code (e.g. US), or null when the policy has none */
  public TradeRules(TradeChecker checker, String jurisdiction) {
    this.checker = Objects.requireNonNull(checker, "checker");
    this.jurisdiction = jurisdiction;
  }

  @Override
  public List<Finding> check(Entity entity, LocalDate date, String currency) {
    TradeDecision d = checker.check(new TradeRequest(jurisdiction, ActorKind.FINANCIAL_INSTITUTION,
        PartyQuery.byId(entity.id()), Instrument.OTHER, null, null, date, currency, null, null));
    if (d.decision() == Verdict.ALLOWED) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (RuleEvaluation e : d.rules()) {
      if (e.status() == RuleEvaluation.Status.FIRED && e.rule().outcome() == io.cordon.rules.RuleEffect.PROHIBITED
          && !e.rule().id().startsWith("blocked")) {
        out.add(new Finding(e.rule().id(), e.rule().title(), d.decision() == Verdict.PROHIBITED));
      }
    }
    return out;
  }
}

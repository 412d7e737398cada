package io.cordon.screening.payment;

import io.cordon.catalog.Catalog;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import io.cordon.names.NameAnalyzer;
import io.cordon.rules.CatalogListings;
import io.cordon.rules.Listings;
import io.cordon.rules.RuleBook;
import io.cordon.rules.TradeChecker;
import io.cordon.rules.policy.ScreeningPolicy;
import io.cordon.screening.Screener;
import io.cordon.screening.TradeChecks;
import io.cordon.screening.text.NameLexicon;
import io.cordon.screening.text.TextScanner;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Everything payment and text screening need for one policy and one set of list versions, built
 * once from the catalog (the listed identifiers, the name lexicon, the rules) and then shared by
 * every message. Build a new one when lists are imported.
 *
 * @param messages    screens messages
 * @param text        scans free text
 * @param listings    the entities of the sources the policy selects
 * @param snapshotIds the list versions used
 */
public record PaymentScreening(MessageScreener messages, TextScanner text, CatalogListings listings,
                               List<String> snapshotIds) {

  /**
   * @param asOf the lists in force on this date, or null for the active ones
   */
  public static PaymentScreening build(Catalog catalog, Screener screener, ScreeningPolicy policy, RuleBook rules,
                                       Embargoes embargoes, LocalDate asOf, Clock clock) {
    Objects.requireNonNull(policy, "policy");
    CatalogListings cl = CatalogListings.load(catalog, policy, asOf);
    Listings listings = cl.listings();
    TradeChecker checker = TradeChecks.listed(rules, listings, policy, clock);
    // the checker's one-time work (the 50% rules' seeds) runs beside the lexicon build and the first message
    java.util.concurrent.CompletableFuture.runAsync(checker::warmUp);
    NameLexicon lexicon = NameLexicon.of(listings.targets(), NameAnalyzer.standard());
    TextScanner scanner = new TextScanner(screener, lexicon);
    String jurisdiction = policy.jurisdictions().isEmpty() ? null
        : policy.jurisdictions().stream().sorted().findFirst().orElse(null);
    MessageScreener.Setup setup = new MessageScreener.Setup(policy.name(), cl.sources(), blocking(listings, policy),
        new ListedIdentifiers(listings.targets()), embargoes, new TradeRules(checker, jurisdiction));
    return new PaymentScreening(new MessageScreener(screener, scanner, setup, clock), scanner, cl, cl.snapshotIds());
  }

  /**
   * A listed entity blocks when a source the policy makes blocking lists it as a sanction (custom
   * lists block whatever their topics), as in the trade checker.
   */
  static Predicate<Entity> blocking(Listings listings, ScreeningPolicy policy) {
    return e -> {
      Entity le = listings.entity(e.id()).orElse(e);
      List<String> topics = le.get(Prop.TOPICS);
      boolean sanctioned = topics.isEmpty() || topics.stream().anyMatch(t -> t.startsWith("sanction"));
      return listings.sourcesOf(le).stream().map(listings::source)
          .anyMatch(s -> policy.blocks(s) && (sanctioned || s.custom()));
    };
  }
}

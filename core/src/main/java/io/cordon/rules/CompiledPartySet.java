package io.cordon.rules;

import io.cordon.model.Identifiers;
import io.cordon.model.Identifiers;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A rule's counterparty set made ready to test many entities: the identifier keys and the phrase
 * patterns are built once. The trade checker tests every listed entity against the set of each rule
 * with the 50% extension (the rule's seeds); building them per entity cost seconds on the first check.
 *
 * @param set            the set as the rule gives it
 * @param identifierKeys comparison keys of its identifiers ({@link Identifiers#keys})
 * @param phrases        its listing phrases with their patterns, in the rule's order
 */
record CompiledPartySet(PartySet set, Set<String> identifierKeys, List<Phrase> phrases) {

  static CompiledPartySet of(PartySet set) {
    Set<String> keys = new TreeSet<>();
    set.identifiers().forEach(v -> keys.addAll(Identifiers.keys(v)));
    List<Phrase> phrases = set.listed() == null ? List.of()
        : set.listed().texts().stream().map(Phrase::of).toList();
    return new CompiledPartySet(set, Set.copyOf(keys), phrases);
  }

  /** A phrase of a listing criterion: whole words, any case. */
  record Phrase(String text, Pattern pattern) {
    static Phrase of(String text) {
      return new Phrase(text, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    boolean foundIn(List<String> texts) {
      return texts.stream().anyMatch(x -> pattern.matcher(x).find());
    }
  }
}

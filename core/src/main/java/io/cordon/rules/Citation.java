package io.cordon.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a rule comes from, with the words it rests on.
 *
 * @param cite      legal citation, e.g. "Directive 1 under Executive Order 14024, para. 1(a)"
 * @param url       where the text is published (may be null)
 * @param published date of the text (may be null)
 * @param quote     the source text the rule encodes, quoted
 */
public record Citation(String cite, String url, LocalDate published, String quote) {
  public Citation {
    Objects.requireNonNull(cite, "cite");
    Objects.requireNonNull(quote, "quote");
  }
}

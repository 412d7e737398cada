package io.cordon.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a rule comes from, with the words it rests on.
 *
 * @param cite      legal citation, e.g. "Directive 1 under Executive Order 14024, para. (1)"
 * @param url       where the text is published (required for a verbatim quote)
 * @param published date of the text (required for a verbatim quote)
 * @param quote     the source text the rule encodes: copied verbatim from the published text at
 *                  {@code url}, or, when {@code verbatim} is false, a paraphrase (shown as such)
 * @param verbatim  true when {@code quote} is copied word for word from the published text
 */
public record Citation(String cite, String url, LocalDate published, String quote, boolean verbatim) {
  public Citation {
    Objects.requireNonNull(cite, "cite");
    Objects.requireNonNull(quote, "quote");
    if (verbatim && (url == null || published == null)) {
      throw new IllegalArgumentException("a verbatim quote needs the url and the date of its text: " + cite);
    }
  }

  /** "verbatim" or "paraphrase", as shown in JSON and on the command line. */
  public String quoteKind() {
    return verbatim ? "verbatim" : "paraphrase";
  }
}

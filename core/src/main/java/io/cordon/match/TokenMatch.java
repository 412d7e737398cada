package io.cordon.match;

/**
 * How two name tokens matched and how well: the comparison says what happened (exact,
 * transliteration, phonetic, edit distance, ...) instead of the explanation guessing it from the
 * score. Kinds with a fixed similarity are shared constants, so the hot path allocates only for
 * edit distances.
 */
record TokenMatch(Kind kind, double score) {
  /** What made two tokens similar. */
  enum Kind {
    EXACT("exact"),
    TRANSLITERATION("transliteration"),
    SPELLING_VARIANT("spelling variant"),
    SAME_GIVEN_NAME("same given name"),
    ENDING("ending"),
    INITIAL("initial"),
    PHONETIC("phonetic"),
    LOANWORD("loanword spelling"),
    TRANSCRIPTION("same sounds in another script"),
    EDIT_DISTANCE("edit distance"),
    NONE("no match");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  static final TokenMatch NONE = new TokenMatch(Kind.NONE, 0.0);
  static final TokenMatch EXACT = new TokenMatch(Kind.EXACT, 1.0);

  /** The same kind with the score times {@code f} (a father's name paired with a given name). */
  TokenMatch times(double f) {
    return new TokenMatch(kind, score * f);
  }
}

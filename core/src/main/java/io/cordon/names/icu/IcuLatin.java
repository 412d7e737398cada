package io.cordon.names.icu;

import com.ibm.icu.text.Transliterator;

/**
 * The only place ICU4J is used by name analysis: romanisation of scripts without a hand-written
 * table (Greek, Arabic, Hebrew, Armenian, Georgian, Han, Hangul, Kana, Thai, Devanagari and any
 * other script ICU knows). ICU transliterators keep internal state while they run, so each thread
 * gets its own instance; compiling the rules is slow, so it happens once per thread.
 */
public final class IcuLatin {
  // "Any-Latin" picks the script's own transform (Han-Latin gives pinyin, Hangul-Latin the
  // Revised Romanization, ...); Latin-ASCII then drops what folding would drop anyway.
  private static final String RULES = "Any-Latin; Latin-ASCII";

  private final ThreadLocal<Transliterator> any = ThreadLocal.withInitial(() -> Transliterator.getInstance(RULES));

  /** Romanises one token; syllables ICU separates with spaces (Han) are joined into one word. */
  public String toLatin(String token) {
    String s = any.get().transliterate(token);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}

package io.cordon.names;

import java.util.List;

/**
 * One analysed token of a name.
 *
 * @param form     folded Latin form (lower-case a-z0-9); for a legal form its symbol (e.g. {@code llc})
 * @param variants all folded romanisations, {@code form} first (several for Cyrillic or Arabic)
 * @param phonetic {@link PhoneticKey} of each variant, distinct, in variant order
 * @param tag      the part's role
 * @param original the token as written (in its own script)
 * @param joinedNext true when the token was written joined to the next one (hyphen, camel case)
 * @param romanised  true when the token was written in another script than Latin and romanised
 * @param sound      {@link SoundKey}s of the token when written in Latin, Han, Hangul or Arabic;
 *                   else empty
 * @param soundSource the writing {@code sound} was read from; null when {@code sound} is empty
 */
public record NamePart(String form, List<String> variants, List<String> phonetic, PartTag tag, String original,
                       boolean joinedNext, boolean romanised, List<String> sound, SoundKey.Source soundSource) {
  public NamePart {
    variants = List.copyOf(variants);
    phonetic = List.copyOf(phonetic);
    sound = List.copyOf(sound);
  }
}

package io.cordon.match;

import io.cordon.names.AnalyzedName;
import io.cordon.names.NameKind;
import io.cordon.names.NamePart;
import io.cordon.names.GivenNames;
import io.cordon.names.LoanSpelling;
import io.cordon.names.LooseSpelling;
import io.cordon.names.PartTag;
import io.cordon.names.OwnRomanization;
import io.cordon.names.PhoneticKey;
import io.cordon.names.SoundKey;
import java.util.ArrayList;
import java.util.List;

/**
 * One analysed name laid out for fast pairwise comparison: tokens with their variants, phonetic
 * keys and weights as arrays, plus joined forms of adjacent tokens ("Jan Daniel" / "JanDaniel",
 * "Tse-tung" / "Zedong"). Built once per entity name (see {@link PreparedEntity}) and per query
 * name; immutable.
 */
final class CompiledName {
  /** One comparable token, or two adjacent tokens joined (a compound). */
  static final class Tok {
    final String form;
    final String[] variants;
    /** {@link LooseSpelling} of each variant, distinct */
    final String[] loose;
    /** the main form, compared by edit distance with the other's main form */
    final char[] chars;
    final long mask;
    /** the loose spellings, compared by edit distance with the other's loose spellings */
    final char[][] looseChars;
    final long[] looseMask;
    /** per loose spelling: it is the main form itself (then the main-form comparison covered it) */
    final boolean[] looseIsForm;
    final String[] phonetic;
    /** {@link LoanSpelling} of the form, for words of organisation names only; else null */
    final String loan;
    final char[] loanChars;
    final PartTag tag;
    final double weight;
    /** romanised from one Chinese character (or two such joined): its pinyin is exact, not a spelling */
    final boolean hanSyllables;
    /** written in another script and romanised: compared more leniently with Latin spellings */
    final boolean romanised;
    /** {@link io.cordon.names.SoundKey}s (see {@link SoundMatch}); empty for scripts without them */
    final char[][] sound;
    /** the writing of the sound keys (null when none): Latin, or Han, Hangul, Arabic (names written there by sound) */
    final SoundKey.Source soundSource;
    /** the sound keys come from Han, Hangul or Arabic writing */
    final boolean transcribed;
    /** a whole name of 3+ words joined: compared by sound only (see {@link CompiledName#of}) */
    final boolean soundOnly;
    /** a Latin word that reads as pinyin syllables (Jinlong): not compared with Han by sound */
    final boolean pinyinLike;
    /** a Latin word that reads as syllables of a Korean name (Soo, Hyun, Park) */
    final boolean koreanLike;
    /** {@link SoundKey#koreanName} of a Hangul word or of a Latin word that reads as Korean; else null */
    final char[] koreanKey;
    /** {@link GivenNames} group of a person's name part, or null */
    final String givenGroup;
    /**
     * One bit per string (from its hash) of {@link #variants}, {@link #loose} and the phonetic keys
     * of 3+ letters: two tokens with no common bit have no common string, so the comparison loops
     * can be skipped without changing any result.
     */
    final long variantBits;
    final long looseBits;
    final long phoneticBits;
    /** token index range [start, end) in the name */
    final int start;
    final int end;

    Tok(String form, String[] variants, String[] phonetic, PartTag tag, double weight, int start, int end,
        boolean romanised, boolean loanwords, boolean hanSyllables, String[] sound, SoundKey.Source soundSource) {
      this.hanSyllables = hanSyllables;
      this.sound = new char[sound.length][];
      for (int k = 0; k < sound.length; k++) {
        this.sound[k] = sound[k].toCharArray();
      }
      this.soundSource = sound.length == 0 ? null : soundSource;
      this.transcribed = this.soundSource != null && this.soundSource != SoundKey.Source.LATIN;
      this.soundOnly = end - start > 2;
      boolean latin = this.soundSource == SoundKey.Source.LATIN;
      this.pinyinLike = latin && OwnRomanization.pinyin(form);
      this.koreanLike = latin && OwnRomanization.korean(form);
      this.koreanKey = koreanLike || this.soundSource == SoundKey.Source.HANGUL
          ? SoundKey.koreanName(form).toCharArray() : null;
      this.romanised = romanised;
      this.loan = loanwords && form.length() >= 4 ? LoanSpelling.of(form) : null;
      this.loanChars = loan == null ? null : loan.toCharArray();
      this.givenGroup = givenGroup(tag, variants);
      this.form = form;
      this.variants = variants;
      this.loose = loose(variants);
      this.chars = form.toCharArray();
      this.mask = Strings.letterMask(chars);
      this.looseChars = new char[loose.length][];
      this.looseMask = new long[loose.length];
      this.looseIsForm = new boolean[loose.length];
      for (int k = 0; k < loose.length; k++) {
        looseIsForm[k] = loose[k].equals(form);
        looseChars[k] = loose[k].toCharArray();
        looseMask[k] = Strings.letterMask(looseChars[k]);
      }
      this.phonetic = phonetic;
      this.variantBits = bits(variants, 0);
      this.looseBits = bits(loose, 0);
      this.phoneticBits = bits(phonetic, 3);
      this.tag = tag;
      this.weight = weight;
      this.start = start;
      this.end = end;
    }

    /** The hash bits of the strings of at least {@code minLength} chars. */
    static long bits(String[] strings, int minLength) {
      long m = 0;
      for (String x : strings) {
        if (x.length() >= minLength) {
          int h = x.hashCode();
          m |= 1L << ((h ^ (h >>> 6) ^ (h >>> 16)) & 63);
        }
      }
      return m;
    }

    private static String givenGroup(PartTag tag, String[] variants) {
      if (tag != PartTag.GIVEN && tag != PartTag.MIDDLE && tag != PartTag.FAMILY) {
        return null;
      }
      for (String v : variants) {
        String g = GivenNames.group(v);
        if (g != null) {
          return g;
        }
      }
      return null;
    }

    private static String[] loose(String[] variants) {
      java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
      for (String v : variants) {
        out.add(LooseSpelling.of(v));
      }
      return out.toArray(new String[0]);
    }

    boolean initial() {
      return tag == PartTag.INITIAL || form.length() == 1;
    }
  }

  final String original;
  final NameKind kind;
  final String normalized;
  /** the words as written (see {@link AnalyzedName#written()}) */
  final String written;
  /** all non-legal-form, non-stop-word forms concatenated; "" when none */
  final String squashed;
  final Tok[] toks;
  final Tok[] compounds;
  final String[] legalForms;
  final boolean weak;

  private CompiledName(String original, NameKind kind, String normalized, String written, String squashed,
                       Tok[] toks, Tok[] compounds, String[] legalForms, boolean weak) {
    this.written = written;
    this.original = original;
    this.kind = kind;
    this.normalized = normalized;
    this.squashed = squashed;
    this.toks = toks;
    this.compounds = compounds;
    this.legalForms = legalForms;
    this.weak = weak;
  }

  /**
   * One Han character (a syllable of a Chinese name written character by character); two
   * characters are often a Western name (布什, Bush) rendered by sound, which edit distance serves.
   */
  static boolean hanSyllables(String original) {
    int n = original.codePointCount(0, original.length());
    if (n != 1) {
      return false;
    }
    return original.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  static CompiledName of(AnalyzedName a, PartWeights weights, boolean weak) {
    List<Tok> toks = new ArrayList<>();
    List<String> legal = new ArrayList<>();
    StringBuilder squashed = new StringBuilder();
    // loanwords written back from another script are common in company names, not in persons'
    boolean loanwords = a.kind() == NameKind.ORGANIZATION || a.kind() == NameKind.OTHER;
    for (NamePart p : a.parts()) {
      if (p.tag() == PartTag.LEGAL_FORM) {
        legal.add(p.form());
        continue;
      }
      if (p.tag() != PartTag.STOPWORD) {
        squashed.append(p.form());
      }
      int i = toks.size();
      toks.add(new Tok(p.form(), p.variants().toArray(new String[0]), p.phonetic().toArray(new String[0]),
          p.tag(), weights.of(p.tag(), a.kind()), i, i + 1, p.romanised(), loanwords, hanSyllables(p.original()),
          p.sound().toArray(new String[0]), p.soundSource()));
    }
    List<Tok> compounds = new ArrayList<>();
    for (int i = 0; i + 1 < toks.size(); i++) {
      Tok x = toks.get(i);
      Tok y = toks.get(i + 1);
      if (x.tag == PartTag.STOPWORD || y.tag == PartTag.STOPWORD) {
        continue;
      }
      String joined = x.form + y.form;
      String ph = PhoneticKey.of(joined);
      compounds.add(new Tok(joined, new String[] {joined}, ph.isEmpty() ? new String[0] : new String[] {ph},
          compoundTag(x, y), x.weight + y.weight, i, i + 2, x.romanised || y.romanised, false,
          x.hanSyllables && y.hanSyllables, joinedSound(x, y), x.soundSource));
    }
    if (toks.size() == 2 && a.kind() == NameKind.PERSON && compounds.size() == 1) {
      // a two-part name written as one word in the other order: "王俊正" (family name first) is
      // WANG Junzheng, listed as "Junzheng WANG" once the comma order is undone
      Tok x = toks.get(1);
      Tok y = toks.get(0);
      String joined = x.form + y.form;
      String ph = PhoneticKey.of(joined);
      compounds.add(new Tok(joined, new String[] {joined}, ph.isEmpty() ? new String[0] : new String[] {ph},
          compoundTag(y, x), x.weight + y.weight, 0, 2, x.romanised || y.romanised, false,
          x.hanSyllables && y.hanSyllables, joinedSound(x, y), x.soundSource));
    }
    if (toks.size() >= 3 && toks.size() <= 4) {
      // a name of three or four words against one written by sound without spaces (Park Hae-soo,
      // 박해수): the whole name joined, compared by sound only, so Latin names keep their results
      Tok first = toks.get(0);
      String key = first.sound.length == 0 ? null : new String(first.sound[0]);
      StringBuilder form = new StringBuilder(first.form);
      double weight = first.weight;
      for (int i = 1; i < toks.size() && key != null; i++) {
        Tok y = toks.get(i);
        key = y.sound.length == 0 || y.soundSource != first.soundSource ? null : joinKeys(key, new String(y.sound[0]));
        form.append(y.form);
        weight += y.weight;
      }
      if (key != null) {
        compounds.add(new Tok(form.toString(), new String[] {form.toString()}, new String[0], first.tag, weight, 0,
            toks.size(), first.romanised, false, false, new String[] {key}, first.soundSource));
      }
    }
    return new CompiledName(a.original(), a.kind(), a.normalized(), a.written(), squashed.toString(),
        toks.toArray(new Tok[0]), compounds.toArray(new Tok[0]), legal.toArray(new String[0]), weak);
  }

  /**
   * The sound key of two tokens written together: their first keys joined, a class repeated at the
   * seam written once; none when the two come from different writings.
   */
  static String[] joinedSound(Tok x, Tok y) {
    if (x.sound.length == 0 || y.sound.length == 0 || x.soundSource != y.soundSource) {
      return new String[0];
    }
    return new String[] {joinKeys(new String(x.sound[0]), new String(y.sound[0]))};
  }

  private static String joinKeys(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && a.charAt(a.length() - 1) == b.charAt(0) ? a + b.substring(1) : a + b;
  }

  /**
   * The tag of two adjacent tokens joined: the first one's, unless it is an initial and the other
   * is not. "D-BOY" joined is the word "dboy", not an initial standing for any word starting with d
   * (nor, joined the other way, "boyd" an initial b that a lone "B" would equal).
   */
  static PartTag compoundTag(Tok first, Tok second) {
    return first.initial() && !second.initial() ? second.tag : first.tag;
  }
}

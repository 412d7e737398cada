package io.cordon.names;

import io.cordon.names.icu.IcuLatin;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The name analysis chain, one small step per class, applied in this visible order:
 * <ol>
 *   <li>{@link UnicodeNormalizer}: NFKC, one apostrophe, one hyphen;</li>
 *   <li>{@link NameOrder}: "SURNAME, Given" to "Given SURNAME";</li>
 *   <li>{@link Tokenizer}: words, dotted abbreviations joined, hyphens and camel case split;</li>
 *   <li>{@link Script} detection per token, then romanisation: {@link CyrillicRomanizer} (several
 *       standards), ICU for other scripts ({@link IcuLatin}), vowel variants for abjads;</li>
 *   <li>{@link Folder}: case and diacritics to lower-case ASCII;</li>
 *   <li>{@link Vocabulary}: titles and honorifics dropped, spelling equivalences (ibn/bin);</li>
 *   <li>{@link LegalForms}: organisation legal forms replaced by shared symbols;</li>
 *   <li>part tags ({@link PartTag}): given, middle, family, patronymic, initial, particle, ...;</li>
 *   <li>{@link PhoneticKey} per variant.</li>
 * </ol>
 * Immutable and thread-safe; get the shared instance with {@link #standard()}.
 *
 * <p>{@link #indexKeys} is the contract with candidate retrieval: index the keys of every strong
 * name of an entity, query with the keys of the query name; a candidate shares at least one key
 * with its true match for the spelling variation the scorer accepts (transliteration, phonetic
 * spelling, joined words). Phonetic keys start with {@code ~}, joined forms are plain tokens.
 */
public final class NameAnalyzer {
  private static final NameAnalyzer STANDARD = new NameAnalyzer(new IcuLatin());

  /** Prefix of loanword keys among {@link #indexKeys} (see {@link LoanSpelling}). */
  public static final String LOAN_PREFIX = "^";

  /** Prefix of phonetic keys among {@link #indexKeys}. */
  public static final String PHONETIC_PREFIX = "~";

  private final IcuLatin icu;
  private final LegalForms legalForms;
  /**
   * {@link #romanize} of recent words: a customer book repeats its given names and surnames, each
   * name is analysed twice per screen (retrieval keys, scorer) and every word twice per analysis
   * (written form, parts), and ICU transliteration costs microseconds a word. The function is pure,
   * so a cached list is the list it would compute; bounded by clearing when full.
   */
  private final java.util.concurrent.ConcurrentHashMap<String, List<String>> romanized =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int ROMANIZED_MAX = 50_000;
  private static final int ROMANIZED_MAX_WORD = 48;

  private NameAnalyzer(IcuLatin icu) {
    this.icu = icu;
    this.legalForms = new LegalForms(io.cordon.model.LegalFormTable.standard(), this::romanize);
  }

  /**
   * Version of the analysis: changes whenever {@link #indexKeys} may give other keys for the same
   * name, so that an index built with older keys is recognised as stale.
   */
  public static final String VERSION = "cordon-names-3";

  /** {@link #VERSION}. */
  public String version() {
    return VERSION;
  }

  /** The standard analyzer (shared, thread-safe). */
  public static NameAnalyzer standard() {
    return STANDARD;
  }

  /**
   * Analyses one name.
   *
   * @param name   the name as written, any script; null or blank gives an empty analysis
   * @param schema FtM schema of the party (decides titles, legal forms and tags); null means unknown
   */
  public AnalyzedName analyze(String name, String schema) {
    NameKind kind = NameKind.ofSchema(schema);
    if (name == null || name.isBlank()) {
      return new AnalyzedName(name == null ? "" : name, kind, List.of(), "");
    }
    String s = UnicodeNormalizer.normalize(name);
    String written = written(s);
    String reordered = NameOrder.reorder(s, kind, legalForms);
    List<Tokenizer.RawToken> raw = Tokenizer.tokenize(reordered);
    if (kind != NameKind.PERSON) {
      raw = splitCjkLegalForms(raw);
    }

    List<Tok> toks = new ArrayList<>(raw.size());
    for (Tokenizer.RawToken r : raw) {
      List<String> variants = romanize(r.text());
      if (!variants.isEmpty()) {
        toks.add(new Tok(r.text(), variants, r.hyphenNext()));
      }
    }
    dropTitles(toks, kind);
    List<NamePart> parts = tag(toks, kind, legalForms);
    return new AnalyzedName(name, kind, parts, written);
  }

  private List<Tokenizer.RawToken> splitCjkLegalForms(List<Tokenizer.RawToken> raw) {
    List<Tokenizer.RawToken> out = null;
    for (int i = 0; i < raw.size(); i++) {
      Tokenizer.RawToken r = raw.get(i);
      List<String> split = legalForms.splitCjk(r.text());
      if (split.size() > 1 && out == null) {
        out = new ArrayList<>(raw.subList(0, i));
      }
      if (out != null) {
        for (int k = 0; k < split.size(); k++) {
          out.add(new Tokenizer.RawToken(split.get(k), k == split.size() - 1 && r.hyphenNext()));
        }
      }
    }
    return out == null ? raw : out;
  }

  /** The folded words as written, for the exact-name check. */
  private String written(String normalized) {
    StringBuilder b = new StringBuilder();
    for (Tokenizer.RawToken r : Tokenizer.tokenize(normalized)) {
      List<String> v = romanize(r.text());
      if (!v.isEmpty()) {
        b.append(b.length() > 0 ? " " : "").append(v.get(0));
      }
    }
    return b.toString();
  }

  /**
   * The retrieval keys of a name: the folded romanisations of its identifying words (not titles,
   * legal forms, stop words or particles), {@code ~}-prefixed phonetic keys of those words, the
   * whole name written as one word (with and without legal forms: "JSC ARGUMENT" gives
   * {@code jscargument} and {@code argument}) and adjacent word pairs joined.
   */
  public Set<String> indexKeys(String name, String schema) {
    return indexKeys(analyze(name, schema));
  }

  /** {@link #indexKeys(String, String)} for a name already analysed. */
  public Set<String> indexKeys(AnalyzedName name) {
    Set<String> keys = new LinkedHashSet<>();
    List<NamePart> core = new ArrayList<>();
    for (NamePart p : name.parts()) {
      if (identifying(p.tag())) {
        core.add(p);
      }
    }
    boolean onlyWeak = core.isEmpty();
    if (onlyWeak) {
      core = name.parts();
    }
    // loanwords written back from another script ("Pozitiv Teknolodzhiz"): one spelling for both,
    // for organisation words (the scorer compares them the same way, see LoanSpelling)
    boolean loanwords = name.kind() == NameKind.ORGANIZATION || name.kind() == NameKind.OTHER;
    for (NamePart p : core) {
      if (loanwords && p.form().length() >= 4) {
        keys.add(LOAN_PREFIX + LoanSpelling.of(p.form()));
      }
      keys.addAll(p.variants());
      for (String ph : p.phonetic()) {
        if (ph.length() >= 2 || core.size() == 1) {
          keys.add(PHONETIC_PREFIX + ph);
        }
      }
    }
    if (name.parts().size() > 1) {
      StringBuilder all = new StringBuilder();
      StringBuilder noLegal = new StringBuilder();
      for (NamePart p : name.parts()) {
        all.append(Folder.fold(p.original()).isEmpty() ? p.form() : foldedOriginal(p));
        if (p.tag() != PartTag.LEGAL_FORM && p.tag() != PartTag.STOPWORD) {
          noLegal.append(p.form());
        }
      }
      keys.add(all.toString());
      if (noLegal.length() > 0) {
        keys.add(noLegal.toString());
      }
      List<NamePart> ps = name.parts();
      for (int i = 0; i + 1 < ps.size(); i++) {
        if (identifying(ps.get(i).tag()) || identifying(ps.get(i + 1).tag())) {
          keys.add(ps.get(i).form() + ps.get(i + 1).form());
        }
      }
      if (ps.size() == 2 && name.kind() == NameKind.PERSON) {
        // the same two names written as one word in the other order (王俊正 = WANG Junzheng)
        keys.add(ps.get(1).form() + ps.get(0).form());
      }
    }
    keys.remove("");
    return keys;
  }

  private static boolean identifying(PartTag t) {
    return t != PartTag.LEGAL_FORM && t != PartTag.STOPWORD && t != PartTag.PARTICLE && t != PartTag.INITIAL;
  }

  private String foldedOriginal(NamePart p) {
    if (p.tag() == PartTag.LEGAL_FORM) {
      // a legal form phrase keeps its symbol when it was several words ("joint stock company")
      String f = Folder.fold(p.original());
      return f.isEmpty() ? p.form() : f;
    }
    return p.form();
  }

  /** Folded romanisations of one raw token, most standard first; empty when nothing is left. */
  List<String> romanize(String text) {
    if (text.length() > ROMANIZED_MAX_WORD) {
      return romanizeNow(text);
    }
    List<String> v = romanized.get(text);
    if (v == null) {
      v = romanizeNow(text);
      if (romanized.size() >= ROMANIZED_MAX) {
        romanized.clear();
      }
      romanized.put(text, v);
    }
    return v;
  }

  private List<String> romanizeNow(String text) {
    Script script = Script.of(text);
    Set<String> out = new LinkedHashSet<>();
    switch (script) {
      case LATIN, COMMON -> out.add(Folder.fold(text));
      case CYRILLIC -> {
        for (String v : CyrillicRomanizer.variants(text)) {
          out.add(Folder.fold(v));
        }
      }
      case KHMER -> out.add(Folder.fold(KhmerRomanizer.romanize(text)));
      default -> {
        String latin = Folder.fold(icu.toLatin(text));
        out.add(latin);
        if (script.abjad()) {
          out.add(AbjadVowels.vowelize(latin));
        } else if (script == Script.GREEK) {
          out.add(GreekModern.variant(latin));
        } else if (script == Script.HANGUL) {
          out.add(HangulForeign.variant(latin));
        } else if (script == Script.DEVANAGARI || script == Script.OTHER) {
          String v = InherentVowel.drop(latin);
          if (v != null) {
            out.add(v);
          }
        }
      }
    }
    out.remove("");
    if (out.isEmpty() && script != Script.COMMON) {
      // a script nothing here romanises (Khmer, Ge'ez, ...): keep the word itself, lower case,
      // so at least the same spelling in the same script still matches
      out.add(text.toLowerCase(java.util.Locale.ROOT));
    }
    String first = out.isEmpty() ? "" : out.iterator().next();
    String leet = Leet.undo(first);
    if (leet != null) {
      out.add(leet);
    }
    out.remove("");
    List<String> list = new ArrayList<>(out.size());
    for (String v : out) {
      list.add(Vocabulary.CANONICAL.getOrDefault(v, v));
    }
    return List.copyOf(new LinkedHashSet<>(list));
  }

  /** A token on its way through the chain. */
  private record Tok(String original, List<String> variants, boolean joinedNext) {
    String form() {
      return variants.get(0);
    }
  }

  private static void dropTitles(List<Tok> toks, NameKind kind) {
    if (kind == NameKind.PERSON || kind == NameKind.OTHER) {
      // a party of unknown kind may be a vessel (LADY D), a gang (MS-13) or a company (KOREA
      // GENERAL TRADING): only the unambiguous honorifics are dropped from it
      java.util.Set<String> titles = kind == NameKind.PERSON ? Vocabulary.TITLES : Vocabulary.HONORIFICS;
      List<Tok> kept = new ArrayList<>();
      for (Tok t : toks) {
        if (!titles.contains(t.form())) {
          kept.add(t);
        }
      }
      if (!kept.isEmpty() && kept.size() < toks.size()) {
        toks.clear();
        toks.addAll(kept);
      }
    } else if (kind == NameKind.VESSEL && toks.size() > 1 && Vocabulary.VESSEL_PREFIXES.contains(toks.get(0).form())) {
      toks.remove(0);
    }
  }

  private static List<NamePart> tag(List<Tok> toks, NameKind kind, LegalForms legalForms) {
    int n = toks.size();
    PartTag[] tags = new PartTag[n];
    String[] forms = new String[n];
    String[] originals = new String[n];
    boolean[] skip = new boolean[n];
    if (kind == NameKind.ORGANIZATION || kind == NameKind.OTHER) {
      legalForms(legalForms, toks, tags, forms, originals, skip);
    }
    List<Integer> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (tags[i] != null || skip[i]) {
        continue;
      }
      String f = toks.get(i).form();
      if (isNumber(f) || kind != NameKind.PERSON && Roman.is(f) && i > 0) {
        tags[i] = PartTag.NUMBER;
      } else if (kind == NameKind.PERSON) {
        if (f.length() == 1) {
          tags[i] = PartTag.INITIAL;
        } else if (Vocabulary.PARTICLES.contains(f)) {
          tags[i] = PartTag.PARTICLE;
        } else if (isPatronymic(f)) {
          tags[i] = PartTag.PATRONYMIC;
        } else {
          names.add(i);
        }
      } else if (Vocabulary.STOPWORDS.contains(f) && n > 1) {
        tags[i] = PartTag.STOPWORD;
      } else {
        tags[i] = PartTag.WORD;
      }
    }
    if (kind == NameKind.PERSON) {
      for (int k = 0; k < names.size(); k++) {
        int i = names.get(k);
        tags[i] = k == names.size() - 1 ? PartTag.FAMILY : k == 0 ? PartTag.GIVEN : PartTag.MIDDLE;
        // Arabic nasab: the name after bin/ibn/ben/bint is the father's ("Salman bin Muhammad")
        if (k > 0 && k < names.size() - 1 && i > 0 && tags[i - 1] == PartTag.PARTICLE
            && Vocabulary.FILIATION.contains(toks.get(i - 1).form())) {
          tags[i] = PartTag.PATRONYMIC;
        }
      }
    }
    List<NamePart> parts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (skip[i]) {
        continue;
      }
      Tok t = toks.get(i);
      if (tags[i] == PartTag.LEGAL_FORM) {
        parts.add(new NamePart(forms[i], List.of(forms[i]), List.of(), PartTag.LEGAL_FORM, originals[i], false,
            false, List.of(), null));
      } else {
        SoundKey.Source source = soundSource(t.original());
        parts.add(new NamePart(t.form(), t.variants(), phonetics(t.variants()), tags[i], t.original(),
            t.joinedNext(), romanised(t.original()), source == null ? List.of() : SoundKey.of(t.form(), source),
            source));
      }
    }
    return parts;
  }

  /**
   * Marks legal-form phrases. Short forms (up to three letters: AO, SA, Co) count only at the
   * edges of the name, next to other legal forms, so that "AT&T" or "SA Brewing" keep their words;
   * at least one other word must remain.
   */
  private static void legalForms(LegalForms legalForms, List<Tok> toks, PartTag[] tags, String[] forms,
                                 String[] originals, boolean[] skip) {
    int n = toks.size();
    List<String> folded = new ArrayList<>(n);
    for (Tok t : toks) {
      folded.add(t.form());
    }
    int[] len = new int[n];
    for (int i = 0; i < n; ) {
      int l = legalForms.match(folded, i);
      if (l > 0) {
        len[i] = l;
        i += l;
      } else {
        i++;
      }
    }
    boolean[] accepted = new boolean[n];
    // from the end backwards, then from the start forwards: contiguous edge forms
    int end = n;
    while (true) {
      int startOfLast = -1;
      for (int i = 0; i < end; i++) {
        if (len[i] > 0 && i + len[i] == end) {
          startOfLast = i;
        }
      }
      if (startOfLast <= 0) {
        break;
      }
      accepted[startOfLast] = true;
      end = startOfLast;
    }
    int start = 0;
    while (start < end && len[start] > 0 && start + len[start] < end) {
      accepted[start] = true;
      start += len[start];
    }
    for (int i = start; i < end; i++) {
      if (len[i] > 0 && (len[i] > 1 || folded.get(i).length() > 3)) {
        accepted[i] = true;
      }
    }
    int covered = 0;
    for (int i = 0; i < n; i++) {
      if (accepted[i]) {
        covered += len[i];
      }
    }
    if (covered >= n) {
      return;
    }
    for (int i = 0; i < n; i++) {
      if (!accepted[i]) {
        continue;
      }
      tags[i] = PartTag.LEGAL_FORM;
      forms[i] = legalForms.symbol(folded, i, len[i]);
      StringBuilder orig = new StringBuilder();
      for (int k = i; k < i + len[i]; k++) {
        orig.append(k > i ? " " : "").append(toks.get(k).original());
        if (k > i) {
          skip[k] = true;
        }
      }
      originals[i] = orig.toString();
    }
  }

  private static List<String> phonetics(List<String> variants) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : variants) {
      String k = PhoneticKey.of(v);
      if (!k.isEmpty()) {
        out.add(k);
      }
    }
    return List.copyOf(out);
  }

  /** The writing whose sound keys a token gets; null for the scripts they do not cover. */
  private static SoundKey.Source soundSource(String original) {
    return switch (Script.of(original)) {
      case LATIN -> SoundKey.Source.LATIN;
      case HAN -> SoundKey.Source.HAN;
      case HANGUL -> SoundKey.Source.HANGUL;
      case ARABIC -> SoundKey.Source.ARABIC;
      default -> null;
    };
  }

  private static boolean romanised(String original) {
    Script s = Script.of(original);
    return s != Script.LATIN && s != Script.COMMON;
  }

  private static boolean isNumber(String f) {
    for (int i = 0; i < f.length(); i++) {
      if (f.charAt(i) < '0' || f.charAt(i) > '9') {
        return false;
      }
    }
    return !f.isEmpty();
  }

  private static boolean isPatronymic(String f) {
    for (String e : Vocabulary.PATRONYMIC_ENDINGS) {
      if (f.length() >= e.length() + 3 && f.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}

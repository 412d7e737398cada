package io.cordon.match;

import io.cordon.names.NameKind;
import io.cordon.names.PartTag;
import java.util.Arrays;

/**
 * Feature {@code name_parts}: order-free alignment of the parts of two names. Every token of the
 * query is paired with at most one token of the candidate name (or two adjacent ones written
 * together), best pairs first; a pair scores by the closest of its romanisations (identical,
 * transliteration-equivalent, edit similarity, same phonetic key, initial). Then:
 * <ul>
 *   <li>aligned pairs count by their similarity and the weight of their parts;</li>
 *   <li>parts left over on both sides <em>contradict</em> each other and count fully against;</li>
 *   <li>parts left over on one side only are <em>missing</em> (an omitted patronymic or middle
 *       name) and count only by the configured missing-part factor;</li>
 *   <li>different legal forms (LLC vs JSC) cost a little.</li>
 * </ul>
 * Identical normalised names score 1.0; any other name at most 0.99, so an exact name always
 * ranks above a near one, and a full match of all parts above a partial one.
 */
final class NamePartsFeature {
  static final String NAME = "name_parts";

  static final double TRANSLIT_EQUAL = 0.97;
  static final double INITIAL_MATCH = 0.75;
  static final double PHONETIC_MATCH = 0.8;
  /** the phonetic match needs this much edit similarity too (Husayn/Hussein 0.57, Diego/Dicko no) */
  static final double PHONETIC_MIN_EDIT = 0.5;
  /** the same given name in another language or a short form (John/Juan/Ivan, Ted/Theodore) */
  static final double SAME_GIVEN_NAME = 0.86;
  /** one word is the other plus an ending of one or two letters (Putins, Putinas, Vladimirs) */
  static final double SUFFIX_MATCH = 0.85;
  /** same loose spelling (Pashich/Pasic, Wladimirowitsch/Vladimirovich) */
  static final double LOOSE_EQUAL = 0.9;
  /** pairs below this similarity are not aligned: they are left to contradict */
  static final double MIN_PAIR = 0.5;
  /** a compound ("abdulrahman") is aligned with one token ("abdul", "rahman") only from this similarity */
  static final double MIN_COMPOUND_PAIR = 0.75;
  static final double MAX_INEXACT = 0.99;
  static final double WEAK_PAIR = 0.7;
  static final double ROLE_SWAP = 0.6;
  static final double WEAK_PAIR_COST = 2.0;
  static final double SQUASHED_EQUAL = 0.97;
  static final double LEGAL_FORM_MISMATCH = 0.05;
  /** cost of each query word left over against a one-word listed name (see singleWordListed) */
  static final double SINGLE_WORD_MISSING = 0.75;
  /**
   * Highest score of an alignment whose only evidence is an initial standing for a word ("B" for
   * BOY): one letter says too little to alert on ("Corporation B" against the alias D-BOY).
   */
  static final double INITIALS_ONLY = 0.5;
  private static final String INITIAL_ONLY = "only an initial agrees";
  private static final String SQUASHED = "same letters, different spacing";

  private final double missingFactor;

  NamePartsFeature(double missingFactor) {
    this.missingFactor = missingFactor;
  }

  /** an English loanword spelled as its Russian rendering (Positive/Pozitiv, Technologies/Teknolodzhiz) */
  static final double LOANWORD_EQUAL = 0.9;
  /** loanword spellings closer than this count by edit distance */
  static final double LOANWORD_MIN_EDIT = 0.85;

  private static final TokenMatch TRANSLIT = new TokenMatch(TokenMatch.Kind.TRANSLITERATION, TRANSLIT_EQUAL);
  private static final TokenMatch LOOSE = new TokenMatch(TokenMatch.Kind.SPELLING_VARIANT, LOOSE_EQUAL);
  private static final TokenMatch GIVEN = new TokenMatch(TokenMatch.Kind.SAME_GIVEN_NAME, SAME_GIVEN_NAME);
  private static final TokenMatch ENDING = new TokenMatch(TokenMatch.Kind.ENDING, SUFFIX_MATCH);
  private static final TokenMatch INITIAL = new TokenMatch(TokenMatch.Kind.INITIAL, INITIAL_MATCH);
  private static final TokenMatch INITIALS = new TokenMatch(TokenMatch.Kind.INITIAL, 1.0);
  private static final TokenMatch PHONETIC = new TokenMatch(TokenMatch.Kind.PHONETIC, PHONETIC_MATCH);
  private static final TokenMatch LOAN = new TokenMatch(TokenMatch.Kind.LOANWORD, LOANWORD_EQUAL);

  /** Similarity of two tokens in [0, 1]. */
  static double tokenSimilarity(CompiledName.Tok a, CompiledName.Tok b) {
    return match(a, b).score();
  }

  /** How two tokens match: the kind of match and its similarity in [0, 1]. */
  static TokenMatch match(CompiledName.Tok a, CompiledName.Tok b) {
    return match(a, b, MIN_PAIR);
  }

  /**
   * {@link #match(CompiledName.Tok, CompiledName.Tok)} for a caller that keeps only matches
   * scoring at least {@code floor} (at least {@link #MIN_PAIR}): a match at or above the floor is
   * the same; below it, the result is some match below the floor. A higher floor lets the edit
   * distance give up sooner (compounds are kept only from {@link #MIN_COMPOUND_PAIR}).
   */
  static TokenMatch match(CompiledName.Tok a, CompiledName.Tok b, double floor) {
    if (a.soundOnly || b.soundOnly) {
      double t = SoundMatch.applies(a, b) ? SoundMatch.score(a, b) : 0.0;
      return t > 0 ? new TokenMatch(TokenMatch.Kind.TRANSCRIPTION, t) : TokenMatch.NONE;
    }
    if (a.form.equals(b.form)) {
      return TokenMatch.EXACT;
    }
    boolean ia = a.initial();
    boolean ib = b.initial();
    if (ia || ib) {
      if (ia && ib) {
        return a.form.charAt(0) == b.form.charAt(0) ? INITIALS : TokenMatch.NONE;
      }
      CompiledName.Tok ini = ia ? a : b;
      CompiledName.Tok full = ia ? b : a;
      char c = ini.form.charAt(0);
      for (String v : full.variants) {
        if (v.charAt(0) == c) {
          return INITIAL;
        }
      }
      return TokenMatch.NONE;
    }
    // no common hash bit: no common string (see Tok.variantBits), the loops cannot succeed
    if ((a.variantBits & b.variantBits) != 0) {
      for (String va : a.variants) {
        for (String vb : b.variants) {
          if (va.equals(vb)) {
            return TRANSLIT;
          }
        }
      }
    }
    if ((a.looseBits & b.looseBits) != 0) {
      for (String la : a.loose) {
        for (String lb : b.loose) {
          if (la.equals(lb)) {
            return LOOSE;
          }
        }
      }
    }
    if (a.givenGroup != null && a.givenGroup.equals(b.givenGroup)) {
      return GIVEN;
    }
    if (a.hanSyllables || b.hanSyllables) {
      // a Chinese name syllable written as its character has one pinyin reading: peng/ping,
      // lin/li, yunpeng/junzheng are other characters, not spelling variants
      return TokenMatch.NONE;
    }
    if (suffixVariant(a.chars, b.chars)) {
      return ENDING;
    }
    // the same phonetic key counts only for keys of 3+ consonants: shorter keys (FR, KN, ML)
    // are shared by too many unrelated names
    boolean phonetic = phoneticEqual(a, b);
    // a romanised word against a Latin spelling carries transliteration noise: a softer curve
    double spread = a.romanised != b.romanised ? CROSS_SCRIPT_SPREAD : SPREAD;
    // the smallest edit similarity whose curve value could beat the floor
    double minEdit = 1.0 - (1.0 - floor) / spread;
    if (phonetic) {
      minEdit = Math.min(minEdit, PHONETIC_MIN_EDIT);
    }
    double best = Strings.editSimilarity(a.chars, a.mask, b.chars, b.mask, minEdit);
    for (int i = 0; i < a.looseChars.length; i++) {
      for (int j = 0; j < b.looseChars.length; j++) {
        if (a.looseIsForm[i] && b.looseIsForm[j]) {
          continue;
        }
        double e = Strings.editSimilarity(a.looseChars[i], a.looseMask[i], b.looseChars[j], b.looseMask[j],
            Math.max(minEdit, best));
        if (e > best) {
          best = e;
        }
      }
    }
    double s = best > 0 ? curve(best, spread) : 0.0;
    TokenMatch.Kind kind = TokenMatch.Kind.EDIT_DISTANCE;
    if (phonetic && s < PHONETIC_MATCH && best >= PHONETIC_MIN_EDIT) {
      s = PHONETIC_MATCH;
      kind = TokenMatch.Kind.PHONETIC;
    }
    // a Latin spelling against a name written by sound in Han, Hangul or Arabic (Vladimir/弗拉基米尔)
    if (s < SoundMatch.EQUAL && SoundMatch.applies(a, b)) {
      double t = SoundMatch.score(a, b);
      if (t > s) {
        s = t;
        kind = TokenMatch.Kind.TRANSCRIPTION;
      }
    }
    // an English loanword and its transliteration back from Russian (organisation words only)
    if (a.loan != null && b.loan != null && s < LOANWORD_EQUAL) {
      if (a.loan.equals(b.loan)) {
        return LOAN;
      }
      double e = Strings.editSimilarity(a.loanChars, Strings.letterMask(a.loanChars), b.loanChars,
          Strings.letterMask(b.loanChars), LOANWORD_MIN_EDIT);
      double l = e > 0 ? curve(e, SPREAD) : 0.0;
      if (l > s) {
        return new TokenMatch(TokenMatch.Kind.LOANWORD, l);
      }
    }
    if (s <= 0) {
      return TokenMatch.NONE;
    }
    return kind == TokenMatch.Kind.PHONETIC ? PHONETIC : new TokenMatch(kind, s);
  }

  /** Spreads edit similarity: one typo in a long word stays high, half the letters wrong is 0.25. */
  static double curve(double edit, double spread) {
    return Math.max(0.0, 1.0 - (1.0 - edit) * spread);
  }

  static final double SPREAD = 1.5;
  static final double CROSS_SCRIPT_SPREAD = 1.0;

  /** Declined or inflected forms: the shorter word (4+ letters) starts the longer, which adds 1-2 letters. */
  static boolean suffixVariant(String x, String y) {
    return suffixVariant(x.toCharArray(), y.toCharArray());
  }

  /** {@link #suffixVariant(String, String)} on the token's chars: it runs for every token pair. */
  static boolean suffixVariant(char[] x, char[] y) {
    char[] shorter = x.length <= y.length ? x : y;
    char[] longer = shorter == x ? y : x;
    int n = shorter.length;
    int extra = longer.length - n;
    if (n < 4 || extra < 1 || extra > 2) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (shorter[i] != longer[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean phoneticEqual(CompiledName.Tok a, CompiledName.Tok b) {
    if ((a.phoneticBits & b.phoneticBits) == 0) {
      return false;
    }
    for (String pa : a.phonetic) {
      if (pa.length() < 3) {
        continue;
      }
      for (String pb : b.phonetic) {
        if (pa.equals(pb)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The alignment of two names. */
  record Alignment(double score, int[][] pairs, TokenMatch[] matches, boolean[] qUsed, boolean[] eUsed, String how) {}

  double score(CompiledName q, CompiledName e) {
    return align(q, e).score;
  }

  /**
   * Appends the pairs of {@code xs} and {@code ys} (one side compounds, the other single tokens)
   * scoring at least {@link #MIN_COMPOUND_PAIR}; returns the new pair count.
   */
  private static int compoundPairs(CompiledName.Tok[] xs, CompiledName.Tok[] ys, int n, TokenMatch[] tm, double[] sim,
      CompiledName.Tok[] qa, CompiledName.Tok[] ea) {
    for (CompiledName.Tok x : xs) {
      for (CompiledName.Tok y : ys) {
        // (the margin keeps a pair exactly at the floor despite rounding in the edit bound)
        TokenMatch m = match(x, y, MIN_COMPOUND_PAIR - 1e-6);
        double s = m.score();
        if (s >= MIN_COMPOUND_PAIR) {
          tm[n] = m;
          sim[n] = s;
          qa[n] = x;
          ea[n++] = y;
        }
      }
    }
    return n;
  }

  Alignment align(CompiledName q, CompiledName e) {
    int nq = q.toks.length;
    int ne = e.toks.length;
    if (!q.normalized.isEmpty() && q.normalized.equals(e.normalized)
        || !q.written.isEmpty() && q.written.equals(e.written)) {
      return new Alignment(1.0, new int[0][], new TokenMatch[0], new boolean[nq], new boolean[ne], "identical");
    }
    if (nq == 0 || ne == 0) {
      return new Alignment(0.0, new int[0][], new TokenMatch[0], new boolean[nq], new boolean[ne], "empty");
    }
    // candidate pairs: singles x singles, compounds x singles, singles x compounds
    int max = nq * ne + q.compounds.length * ne + nq * e.compounds.length;
    double[] sim = new double[max];
    TokenMatch[] tm = new TokenMatch[max];
    CompiledName.Tok[] qa = new CompiledName.Tok[max];
    CompiledName.Tok[] ea = new CompiledName.Tok[max];
    int n = 0;
    for (CompiledName.Tok x : q.toks) {
      for (CompiledName.Tok y : e.toks) {
        TokenMatch m = match(x, y);
        if (roleSwap(x, y)) {
          m = m.times(ROLE_SWAP);
        }
        double s = m.score();
        if (s >= MIN_PAIR) {
          tm[n] = m;
          sim[n] = s;
          qa[n] = x;
          ea[n++] = y;
        }
      }
    }
    n = compoundPairs(q.compounds, e.toks, n, tm, sim, qa, ea);
    n = compoundPairs(q.toks, e.compounds, n, tm, sim, qa, ea);
    // greedy: best pairs first (selection on a small array; names have few tokens)
    boolean[] qUsed = new boolean[nq];
    boolean[] eUsed = new boolean[ne];
    boolean[] taken = new boolean[n];
    int[][] pairs = new int[Math.min(nq, ne) * 2 + 2][];
    TokenMatch[] pm = new TokenMatch[pairs.length];
    int np = 0;
    double num = 0;
    double den = 0;
    boolean wordPair = false;
    boolean initialForWord = false;
    while (true) {
      int bi = -1;
      double bs = -1;
      for (int i = 0; i < n; i++) {
        if (taken[i] || sim[i] <= bs) {
          continue;
        }
        if (free(qUsed, qa[i]) && free(eUsed, ea[i])) {
          bi = i;
          bs = sim[i];
        } else {
          taken[i] = true;
        }
      }
      if (bi < 0) {
        break;
      }
      taken[bi] = true;
      mark(qUsed, qa[bi]);
      mark(eUsed, ea[bi]);
      boolean qi = qa[bi].initial();
      boolean ei = ea[bi].initial();
      wordPair |= !qi && !ei;
      initialForWord |= qi != ei;
      double w = (qa[bi].weight + ea[bi].weight) / 2.0;
      num += bs * w;
      // a weak pair (Wang/Jiangzhou, David/Darwish) is closer to a contradiction than to a typo:
      // below WEAK_PAIR it costs extra, up to the 2w of two contradicting parts
      den += w * (1.0 + Math.max(0.0, WEAK_PAIR - bs) * WEAK_PAIR_COST);
      if (np < pairs.length) {
        pairs[np] = new int[] {qa[bi].start, qa[bi].end, ea[bi].start, ea[bi].end};
        pm[np++] = tm[bi];
      }
    }
    double uq = 0;
    for (int i = 0; i < nq; i++) {
      if (!qUsed[i]) {
        uq += q.toks[i].weight;
      }
    }
    double ue = 0;
    for (int i = 0; i < ne; i++) {
      if (!eUsed[i]) {
        ue += e.toks[i].weight;
      }
    }
    double contradict = Math.min(uq, ue);
    double qMissing = missingFactor;
    String how = "aligned";
    if (singleWordListed(q, e, ue)) {
      // one shared word is all a one-word listed name can give: with a person on either side, the
      // query's other names are not an omitted middle name but what tells the two apart
      qMissing = SINGLE_WORD_MISSING;
      how = "one shared word";
    }
    den += contradict * 2 + (uq - contradict) * qMissing + (ue - contradict) * missingFactor;
    double score = den <= 0 ? 0 : num / den;
    if (!q.squashed.isEmpty() && q.squashed.equals(e.squashed) && score < SQUASHED_EQUAL) {
      score = SQUASHED_EQUAL;
      how = SQUASHED;
    }
    if (initialForWord && !wordPair && score > INITIALS_ONLY && !SQUASHED.equals(how)) {
      score = INITIALS_ONLY;
      how = "aligned".equals(how) ? INITIAL_ONLY : how + "; " + INITIAL_ONLY;
    }
    if (legalMismatch(q, e)) {
      score -= LEGAL_FORM_MISMATCH;
    }
    score = Math.max(0, Math.min(MAX_INEXACT, score));
    return new Alignment(score, Arrays.copyOf(pairs, np), Arrays.copyOf(pm, np), qUsed, eUsed, how);
  }

  /**
   * The listed name is one word, aligned, and the query has more words, with a person on either
   * side or parties of different kinds (a person against the vessel MARIA or the alias IBRAHIM).
   */
  static boolean singleWordListed(CompiledName q, CompiledName e, double ue) {
    // a word in a script written without spaces (김정은, 毛泽东) may hold several names
    if (e.toks.length != 1 || ue > 0 || q.toks.length < 2 || e.toks[0].romanised) {
      return false;
    }
    // a query of unknown kind ("Sheik Aminullah" in the control test) keeps its titles: not applied
    return q.kind != NameKind.OTHER
        && (q.kind == NameKind.PERSON || e.kind == NameKind.PERSON || q.kind != e.kind && e.kind != NameKind.OTHER);
  }

  /** A father's name (after bin/ibn) paired with a given name: "Salman bin Muhammad" is not "Muhammad bin Salman". */
  static boolean roleSwap(CompiledName.Tok x, CompiledName.Tok y) {
    return x.tag == PartTag.PATRONYMIC && y.tag == PartTag.GIVEN || x.tag == PartTag.GIVEN && y.tag == PartTag.PATRONYMIC;
  }

  static boolean legalMismatch(CompiledName q, CompiledName e) {
    if (q.legalForms.length == 0 || e.legalForms.length == 0) {
      return false;
    }
    for (String a : q.legalForms) {
      for (String b : e.legalForms) {
        if (a.equals(b)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean free(boolean[] used, CompiledName.Tok t) {
    for (int i = t.start; i < t.end; i++) {
      if (used[i]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] used, CompiledName.Tok t) {
    for (int i = t.start; i < t.end; i++) {
      used[i] = true;
    }
  }

  /** Human-readable account of an alignment, e.g. "vladimir=vladimir, putin~poutine (0.80); missing: vladimirovich". */
  String explain(CompiledName q, CompiledName e, Alignment a) {
    if ("identical".equals(a.how())) {
      return "identical name: '" + q.original + "' = '" + e.original + "'";
    }
    StringBuilder b = new StringBuilder();
    b.append('\'').append(q.original).append("' vs '").append(e.original).append("': ");
    for (int i = 0; i < a.pairs().length; i++) {
      int[] p = a.pairs()[i];
      if (i > 0) {
        b.append(", ");
      }
      TokenMatch m = a.matches()[i];
      b.append(span(q, p[0], p[1])).append(m.score() >= 1.0 ? "=" : "~").append(span(e, p[2], p[3]));
      if (m.score() < 1.0 || m.kind() != TokenMatch.Kind.EXACT) {
        b.append(" (").append(twoDecimals(m.score())).append(' ').append(m.kind().label).append(')');
      }
    }
    boolean anyQ = false;
    boolean anyE = false;
    StringBuilder qx = new StringBuilder();
    StringBuilder ex = new StringBuilder();
    for (int i = 0; i < q.toks.length; i++) {
      if (!a.qUsed()[i]) {
        qx.append(anyQ ? " " : "").append(q.toks[i].form);
        anyQ = true;
      }
    }
    for (int i = 0; i < e.toks.length; i++) {
      if (!a.eUsed()[i]) {
        ex.append(anyE ? " " : "").append(e.toks[i].form);
        anyE = true;
      }
    }
    if (anyQ && anyE) {
      b.append("; contradicting: ").append(qx).append(" / ").append(ex);
    } else if (anyQ) {
      b.append("; only in query: ").append(qx);
    } else if (anyE) {
      b.append("; only in listed name: ").append(ex);
    }
    if (!"aligned".equals(a.how())) {
      b.append("; ").append(a.how());
    }
    if (legalMismatch(q, e)) {
      b.append("; legal form differs: ").append(String.join("/", q.legalForms)).append(" vs ")
          .append(String.join("/", e.legalForms));
    }
    return b.toString();
  }

  /** "0.85": String.format is too slow for a string built for every candidate. */
  static String twoDecimals(double v) {
    long h = Math.round(v * 100);
    return (h / 100) + "." + (h % 100 < 10 ? "0" : "") + (h % 100);
  }

  private static String span(CompiledName n, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(n.toks[i].form);
    }
    return b.toString();
  }

  static boolean isPerson(NameKind k) {
    return k == NameKind.PERSON;
  }

  static boolean weakPart(PartTag t) {
    return t == PartTag.PARTICLE || t == PartTag.STOPWORD;
  }
}

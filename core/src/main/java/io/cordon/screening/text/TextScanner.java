package io.cordon.screening.text;

import io.cordon.match.Explanation;
import io.cordon.match.MatchQuery;
import io.cordon.names.AnalyzedName;
import io.cordon.names.NamePart;
import io.cordon.names.PartTag;
import io.cordon.screening.Screener;
import io.cordon.screening.ScreeningQuery;
import io.cordon.screening.ScreeningResponse;
import io.cordon.screening.ScreeningResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds listed names inside free text (articles, remittance lines, invoices, e-mails), any script.
 * Candidate spans are runs of capitalised words (or words of scripts without case) that listed
 * names use; each span is screened by the same {@link Screener} and scorer as a party, and the best
 * mention of each overlapping group is kept. A span alerts only when it is more than one first
 * name or one common word: a person needs two identifying words, not all of them given names (a
 * surname with a given name or patronymic); an organisation or vessel needs its whole distinctive
 * name. Thread-safe.
 */
public final class TextScanner {
  /** Longest span screened, in words. */
  static final int MAX_WORDS = 6;
  /** A single word alerts only when at most this many listed names use it. */
  static final int DISTINCTIVE = 3;
  /** Near misses at or above this score are reported (match false). */
  static final double REPORT = 0.7;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");
  /** Between two words of one name there is only space or a single line break (MT fields wrap). */
  private static final Pattern JOINER = Pattern.compile("[ \\t]*(\\r?\\n)?[ \\t]*|\\s*-\\s*");
  private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "de", "del", "la", "le", "du", "der", "van",
      "von", "bin", "ibn", "al", "el", "da", "di", "dos", "y", "i");

  private final Screener screener;
  private final NameLexicon lexicon;

  public TextScanner(Screener screener, NameLexicon lexicon) {
    this.screener = Objects.requireNonNull(screener, "screener");
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** Largest text accepted, in characters. */
  public static final int MAX_CHARS = 1_000_000;

  /**
   * The mentions in a text, in text order: those that alert and near misses.
   *
   * @param datasets only entities of these sources (empty: all)
   * @param asOf     screen against the lists in force on this date, or empty for the current ones
   */
  public List<Mention> scan(String text, Set<String> datasets, Optional<LocalDate> asOf) {
    if (text.length() > MAX_CHARS) {
      throw new IllegalArgumentException("text is " + text.length() + " characters, over the limit of " + MAX_CHARS);
    }
    List<Word> words = words(text);
    Map<String, ScreeningResponse> cache = new HashMap<>();
    List<Mention> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      // a run: consecutive known words joined only by spaces (connectors allowed inside)
      if (!words.get(i).known()) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < words.size() && joined(text, words.get(j - 1), words.get(j))
          && (words.get(j).known() || words.get(j).connector() && j + 1 < words.size()
              && joined(text, words.get(j), words.get(j + 1)) && words.get(j + 1).known())) {
        j++;
      }
      for (int a = i; a < j; a++) {
        if (words.get(a).connector()) {
          continue;
        }
        for (int b = a + 1; b <= Math.min(j, a + MAX_WORDS); b++) {
          if (words.get(b - 1).connector()) {
            continue;
          }
          // one word alerts only as an organisation's or vessel's whole one-word name (a person needs
          // two words), and only when rare and not a dictionary word: spare the screen of any other
          if (b - a == 1 && lexicon.everyNameIdentified() && !mayAloneAlert(words.get(a))) {
            continue;
          }
          screen(text, words.subList(a, b), datasets, asOf, cache, found);
        }
      }
      i = j;
    }
    return resolve(found);
  }

  private void screen(String text, List<Word> span, Set<String> datasets, Optional<LocalDate> asOf,
                      Map<String, ScreeningResponse> cache, List<Mention> out) {
    int start = span.get(0).start();
    int end = span.get(span.size() - 1).end();
    String s = text.substring(start, end).replaceAll("\\s+", " ");
    ScreeningResponse r = cache.computeIfAbsent(s.toLowerCase(Locale.ROOT), k -> {
      // schema Thing: a span may name a person, a company or a vessel
      ScreeningQuery q = ScreeningQuery.of(new MatchQuery("Thing", List.of(s), List.of(), List.of(), List.of(), null))
          .withLimit(3).withDatasets(datasets);
      return screener.screen(asOf.map(q::withAsOf).orElse(q));
    });
    for (ScreeningResult res : r.results()) {
      if (res.score() < Math.min(REPORT, r.threshold())) {
        continue;
      }
      // spans that could not alert whatever their score (a first name, one common word) are not reported
      if (gate(span, res) != null) {
        continue;
      }
      out.add(new Mention(start, end, text.substring(start, end), res, res.match(), explain(res)));
    }
  }

  /**
   * True when every identifying word of the listed name that matched (legal forms, titles and stop
   * words aside) is among the words of {@code value} (spelling variants and phonetic keys count):
   * a structured name field such as "Bank A" does not hit "BM BANK JSC" on a good score alone.
   */
  public boolean coversListedName(String value, ScreeningResult res) {
    AnalyzedName listedName = lexicon.listed(res.matchedName(), res.entity().schema());
    AnalyzedName given = lexicon.analyzer().analyze(value, res.entity().schema());
    List<java.util.Set<String>> listed = NameLexicon.identifying(listedName);
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (NamePart p : given.parts()) {
      keys.addAll(p.variants());
      keys.addAll(p.phonetic());
    }
    if (!listed.stream().allMatch(l -> l.stream().anyMatch(keys::contains))) {
      return false;
    }
    // a one-word name that is short or a dictionary word ("ABC LLC") needs the same legal form too
    List<NamePart> words = listedName.parts().stream().filter(p -> NameLexicon.identifying(p.tag())).toList();
    if (words.size() == 1 && (words.get(0).form().length() < 5 || CommonWords.contains(words.get(0).form()))) {
      return legalForms(listedName).equals(legalForms(given));
    }
    return true;
  }

  private static java.util.Set<String> legalForms(AnalyzedName a) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    a.parts().stream().filter(p -> p.tag() == PartTag.LEGAL_FORM).forEach(p -> out.add(p.form()));
    return out;
  }

  /**
   * Null when the span may alert for this entity, else why not. The span's words must be the listed
   * name's words (spelling variants and phonetic keys count), not merely score well: a person needs
   * two of them, not all given names; an organisation or vessel needs every word of its name but
   * the legal form, and a one-word name must be rare among listed names.
   */
  private String gate(List<Word> span, ScreeningResult res) {
    List<java.util.Set<String>> listed = NameLexicon.identifying(
        lexicon.listed(res.matchedName(), res.entity().schema()));
    List<Word> ident = span.stream().filter(w -> !w.connector()).toList();
    List<Word> covered = new ArrayList<>();
    boolean[] used = new boolean[listed.size()];
    for (Word w : ident) {
      java.util.Set<String> keys = lexicon.keys(w.text());
      for (int i = 0; i < listed.size(); i++) {
        if (!used[i] && listed.get(i).stream().anyMatch(keys::contains)) {
          used[i] = true;
          covered.add(w);
          break;
        }
      }
    }
    if (res.entity().isA("Person")) {
      if (covered.size() < 2) {
        return "fewer than two words of the listed person's name";
      }
      if (covered.stream().allMatch(w -> lexicon.givenNameOnly(w.variants()))) {
        return "given names alone do not alert";
      }
      return null;
    }
    int listedWords = listed.size();
    if (covered.size() < listedWords || covered.size() < ident.size() - 1) {
      return "not the whole listed name";
    }
    if (listedWords == 1) {
      // one word: exactly the listed spelling (no phonetic key), rare among listed names, not a
      // person's name, not a dictionary word or a month or day
      Word w = covered.get(0);
      boolean spelled = w.variants().stream().anyMatch(listed.get(0)::contains);
      if (!spelled || !mayAloneAlert(w)) {
        return "a common word or a person's name alone does not alert";
      }
    }
    return null;
  }

  /** Whether a word may alert alone: rare among listed names, not a person's name, not a common word. */
  private boolean mayAloneAlert(Word w) {
    return lexicon.frequency(w.variants()) <= DISTINCTIVE && w.text().length() >= 5
        && !lexicon.personName(w.variants()) && w.variants().stream().noneMatch(CommonWords::contains)
        && !CommonWords.contains(w.text().toLowerCase(Locale.ROOT));
  }

  private static String explain(ScreeningResult r) {
    StringBuilder b = new StringBuilder("matched name '").append(r.matchedName()).append("'");
    for (Explanation e : r.explanations()) {
      b.append("; ").append(e.feature()).append(' ').append(String.format(Locale.ROOT, "%.2f", e.score()));
      if (e.detail() != null && !e.detail().isBlank()) {
        b.append(" (").append(e.detail()).append(')');
      }
    }
    return b.toString();
  }

  /** Best mention of each group of overlapping spans (alerting ones first), in text order. */
  private static List<Mention> resolve(List<Mention> found) {
    List<Mention> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing((Mention m) -> !m.match()).thenComparing(Comparator.comparingDouble(Mention::score)
        .reversed()).thenComparing(m -> -(m.end() - m.start())).thenComparing(m -> m.result().entity().id()));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : sorted) {
      boolean overlaps = kept.stream().anyMatch(k -> k.start() < m.end() && m.start() < k.end());
      if (!overlaps) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mention::start));
    return kept;
  }

  private List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    Map<String, List<String>> variants = new HashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      int end = m.end();
      // a possessive ("Putin's") is the name
      if (w.length() > 3 && (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("'S") || w.endsWith("’S"))) {
        w = w.substring(0, w.length() - 2);
        end -= 2;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      boolean connector = CONNECTORS.contains(lower);
      List<String> v = connector ? List.of() : variants.computeIfAbsent(w, lexicon::variants);
      boolean capital = !Character.isLowerCase(w.codePointAt(0));
      boolean known = !connector && capital && !v.isEmpty() && lexicon.frequency(v) > 0;
      out.add(new Word(m.start(), end, w, v, known, connector));
    }
    return out;
  }

  private static boolean joined(String text, Word a, Word b) {
    return JOINER.matcher(text.substring(a.end(), b.start())).matches();
  }

  private record Word(int start, int end, String text, List<String> variants, boolean known, boolean connector) {}
}

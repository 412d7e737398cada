package io.cordon.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one table of organisation legal forms ({@code io/cordon/model/legal-forms.tsv}): every
 * abbreviation and full form, in the original script and its common transliterations, with the
 * shared symbol that says which forms are the same ("ООО", "OOO", "obshchestvo s ogranichennoi
 * otvetstvennostyu" and "LLC" are all {@code llc}). Name analysis romanises and matches these
 * forms; list adapters ask {@link #hasCompanyForm} to tell a Company from an Organization; the
 * trade rules drop them before comparing names. Immutable, loaded once.
 */
public final class LegalFormTable {
  /** What kind of body a legal form makes. */
  public enum Kind { COMPANY, PARTNERSHIP, SOLE, STATE, NONPROFIT }

  /** One form as written in the table, with its symbol, kind and language. */
  public record Form(String symbol, Kind kind, String language, String text) {}

  private static final String RESOURCE = "legal-forms.tsv";
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final LegalFormTable STANDARD = load();

  private final List<Form> forms;
  /** plain keys (see {@link #plain}) of the forms of company-like kinds, as word lists */
  private final Set<String> companyKeys;
  private final int maxWords;
  /** plain forms of a single word, all kinds */
  private final Set<String> words;

  private LegalFormTable(List<Form> forms) {
    this.forms = List.copyOf(forms);
    Set<String> keys = new HashSet<>();
    Set<String> single = new HashSet<>();
    int max = 1;
    for (Form f : forms) {
      String p = plain(f.text());
      if (!p.isEmpty() && !p.contains(" ")) {
        single.add(p);
      }
      if (f.kind() == Kind.COMPANY || f.kind() == Kind.PARTNERSHIP || f.kind() == Kind.STATE) {
        String k = plain(f.text());
        if (!k.isEmpty()) {
          keys.add(k);
          max = Math.max(max, k.split(" ").length);
        }
      }
    }
    this.companyKeys = Set.copyOf(keys);
    this.maxWords = max;
    this.words = Set.copyOf(single);
  }

  /** The bundled table. */
  public static LegalFormTable standard() {
    return STANDARD;
  }

  /** Every form of the table, in file order. */
  public List<Form> forms() {
    return forms;
  }

  /** The English forms of a symbol ("llc" gives LLC, limited liability company, ...). */
  public List<String> english(String symbol) {
    List<String> out = new ArrayList<>();
    for (Form f : forms) {
      if (f.symbol().equals(symbol) && f.language().equals("en")) {
        out.add(f.text());
      }
    }
    return out;
  }

  /**
   * True when the name carries a legal form of a company, partnership or state enterprise (any
   * word or run of words equal to one in the table, case, accents and dots aside): list adapters
   * then say Company rather than Organization.
   */
  public boolean hasCompanyForm(String name) {
    if (name == null) {
      return false;
    }
    String[] words = plain(name).split(" ");
    for (int i = 0; i < words.length; i++) {
      StringBuilder b = new StringBuilder();
      for (int len = 1; len <= maxWords && i + len <= words.length; len++) {
        b.append(len > 1 ? " " : "").append(words[i + len - 1]);
        if (companyKeys.contains(b.toString())) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the word (any case, accents, dots) is by itself a legal form of any kind ("OOO", "GmbH"). */
  public boolean isFormWord(String word) {
    return words.contains(plain(word));
  }

  /** Lower case, accents dropped, dots removed ("S.A." = "sa"), other separators to one space. */
  public static String plain(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
        .replace(".", "");
    return SEPARATORS.matcher(n).replaceAll(" ").strip();
  }

  static LegalFormTable load() {
    try (InputStream in = LegalFormTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled legal form table missing from the class path: " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses the table; a malformed line, an unknown kind or a form given two different symbols
   * fails with the line number.
   */
  static LegalFormTable parse(List<String> lines, String source) {
    List<Form> out = new ArrayList<>();
    Map<String, String> symbolOf = new HashMap<>();
    for (int no = 1; no <= lines.size(); no++) {
      String line = lines.get(no - 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 4) {
        throw new IllegalArgumentException(source + ":" + no + ": expected 4 tab-separated columns "
            + "(symbol, kind, language, forms), got " + cols.length);
      }
      Kind kind;
      try {
        kind = Kind.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + no + ": unknown kind '" + cols[1] + "'", e);
      }
      String symbol = cols[0].strip();
      for (String text : cols[3].split(";")) {
        String t = text.strip();
        if (t.isEmpty()) {
          continue;
        }
        String prev = symbolOf.putIfAbsent(plain(t).isEmpty() ? t : plain(t), symbol);
        if (prev != null && !prev.equals(symbol)) {
          throw new IllegalArgumentException(source + ":" + no + ": form '" + t + "' is both " + prev + " and "
              + symbol);
        }
        out.add(new Form(symbol, kind, cols[2].strip(), t));
      }
    }
    return new LegalFormTable(out);
  }
}

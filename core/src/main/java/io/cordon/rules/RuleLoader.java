package io.cordon.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cordon.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates rule files (YAML, format {@code cordon-rules/1}; see docs/rules.md). Every
 * problem in a file is collected and reported at once, each naming the file, the rule and the
 * field: unknown fields, bad dates, missing citations or quotes, unknown enum values, dangling
 * {@code supersededBy}. A file with any problem yields no rules at all.
 */
public final class RuleLoader {
  /** The rule files bundled with Cordon, in load order. */
  public static final List<String> BUNDLED = List.of("us-ofac-eo14024.yaml", "us-ofac-eo13883.yaml",
      "us-ofac-eo13662.yaml", "eu-833-2014.yaml", "blocking.yaml");
  private static final String FORMAT = "cordon-rules/1";
  private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9.-]*$");
  private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");
  private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

  private final ObjectMapper yaml = Json.YAML;

  public RuleLoader() {}

  /** The bundled rule files. */
  public RuleBook loadBundled() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String name : BUNDLED) {
      try (InputStream in = RuleLoader.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("bundled rule file missing from the class path: io/cordon/rules/" + name);
        }
        texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return parse(texts);
  }

  /** Rule files from disk (e.g. a user's own rules), optionally on top of the bundled ones. */
  public RuleBook load(List<Path> files, boolean withBundled) throws IOException {
    Map<String, String> texts = new LinkedHashMap<>();
    if (withBundled) {
      loadBundled(); // validates them first, so a bad user file is reported as such
      for (String name : BUNDLED) {
        try (InputStream in = RuleLoader.class.getResourceAsStream(name)) {
          texts.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    for (Path p : files) {
      texts.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
    }
    return parse(texts);
  }

  /** Parses file name -> YAML text; all files are validated together (ids unique across files). */
  public RuleBook parse(Map<String, String> texts) {
    List<String> problems = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    Map<String, String> files = new LinkedHashMap<>();
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      Ctx ctx = new Ctx(e.getKey(), problems);
      JsonNode root;
      try {
        root = yaml.readTree(e.getValue());
      } catch (IOException ex) {
        problems.add(e.getKey() + ": not valid YAML: " + (ex instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() + " at line " + (j.getLocation() == null ? "?" : j.getLocation().getLineNr()) : ex.getMessage()));
        continue;
      }
      if (root == null || !root.isObject()) {
        problems.add(e.getKey() + ": expected a mapping with format, ruleset, version, rules");
        continue;
      }
      ctx.fields(root, "", Set.of("format", "ruleset", "version", "description", "partyDates", "rules"));
      String format = ctx.text(root, "format", true);
      if (format != null && !FORMAT.equals(format)) {
        ctx.problem("format", "unsupported format '" + format + "', expected " + FORMAT);
      }
      String ruleset = ctx.text(root, "ruleset", true);
      String version = ctx.text(root, "version", true);
      files.put(e.getKey(), ruleset + "@" + version);
      descriptions.put(e.getKey(), ctx.text(root, "description", false));
      Map<String, PartyDates> tables = partyDates(ctx.in("partyDates"), root.get("partyDates"));
      JsonNode list = root.get("rules");
      if (list == null || !list.isArray() || list.isEmpty()) {
        ctx.problem("rules", "missing or empty list of rules");
        continue;
      }
      for (int i = 0; i < list.size(); i++) {
        Rule r = rule(ctx.in("rules[" + i + "]"), list.get(i), e.getKey() + " (" + ruleset + "@" + version + ")",
            tables);
        if (r != null) {
          rules.add(r);
        }
      }
    }
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        problems.add(r.file() + ": rule id " + r.id() + " is defined twice");
      }
    }
    for (Rule r : rules) {
      if (r.supersededBy() != null && !ids.contains(r.supersededBy())) {
        problems.add(r.file() + ": rule " + r.id() + ": supersededBy names unknown rule " + r.supersededBy());
      }
      for (String a : r.authorizes()) {
        if (!ids.contains(a)) {
          problems.add(r.file() + ": rule " + r.id() + ": authorizes names unknown rule " + a);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleFormatException(problems);
    }
    return new RuleBook(files, descriptions, rules);
  }

  /** The file's tables of per-party dates, by name. */
  private Map<String, PartyDates> partyDates(Ctx c, JsonNode n) {
    Map<String, PartyDates> out = new LinkedHashMap<>();
    if (n == null) {
      return out;
    }
    if (!n.isObject()) {
      c.problem("", "expected a mapping of table name to {label, listed, citations, dates}");
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> t = it.next();
      Ctx tc = c.in(t.getKey());
      JsonNode tn = t.getValue();
      tc.fields(tn, "", Set.of("label", "listed", "citations", "dates"));
      if (!tn.isObject()) {
        continue;
      }
      String label = tc.text(tn, "label", true);
      List<String> listed = tc.strings(tn, "listed");
      Map<String, LocalDate> dates = new LinkedHashMap<>();
      JsonNode dn = tn.get("dates");
      if (dn != null && !dn.isObject()) {
        tc.problem("dates", "expected a mapping of entity id to YYYY-MM-DD");
      } else if (dn != null) {
        Ctx dc = tc.in("dates");
        for (Iterator<Map.Entry<String, JsonNode>> d = dn.fields(); d.hasNext(); ) {
          Map.Entry<String, JsonNode> de = d.next();
          LocalDate v = dc.parseDate(de.getValue().asText(), de.getKey());
          if (v != null) {
            dates.put(de.getKey(), v);
          }
        }
      }
      if (listed.isEmpty() && dates.isEmpty()) {
        tc.problem("", "give listed phrases, dates, or both");
      }
      List<Citation> cites = citations(tc, tn.get("citations"));
      if (!dates.isEmpty() && cites.isEmpty()) {
        tc.problem("citations", "missing: say where the dates come from");
      }
      if (label != null) {
        out.put(t.getKey(), new PartyDates(t.getKey(), label, listed, dates, cites));
      }
    }
    return out;
  }

  private List<Citation> citations(Ctx c, JsonNode cits) {
    List<Citation> citations = new ArrayList<>();
    if (cits == null || !cits.isArray()) {
      return citations;
    }
    for (int i = 0; i < cits.size(); i++) {
      Ctx cc = c.in("citations[" + i + "]");
      JsonNode cn = cits.get(i);
      cc.fields(cn, "", Set.of("cite", "url", "published", "quote", "paraphrase"));
      String cite = cc.text(cn, "cite", true);
      String quote = cc.text(cn, "quote", false);
      String para = cc.text(cn, "paraphrase", false);
      String url = cc.text(cn, "url", false);
      LocalDate published = cc.date(cn, "published", false);
      if ((quote == null) == (para == null)) {
        cc.problem("", "give exactly one of quote (verbatim from the published text) or paraphrase");
        continue;
      }
      if (quote != null && (url == null || published == null)) {
        cc.problem(url == null ? "url" : "published", "missing: a verbatim quote needs its source (url) and the date"
            + " of the text (published); if the text could not be reached, write paraphrase: instead of quote:");
        continue;
      }
      if (url != null && published == null) {
        cc.problem("published", "missing: a source needs the date of its text");
        continue;
      }
      if (cite != null) {
        citations.add(new Citation(cite, url, published, quote != null ? quote : para, quote != null));
      }
    }
    return citations;
  }

  private Rule rule(Ctx c, JsonNode n, String file, Map<String, PartyDates> tables) {
    if (!n.isObject()) {
      c.problem("", "expected a mapping");
      return null;
    }
    String id = c.text(n, "id", true);
    if (id != null) {
      if (!ID.matcher(id).matches()) {
        c.problem("id", "'" + id + "' must be lower case letters, digits, '.' and '-'");
      }
      c = c.named(id);
    }
    int before = c.problems.size();
    c.fields(n, "", Set.of("id", "title", "authority", "program", "published", "citations", "follows", "note",
        "effective", "supersededBy", "when", "outcome", "ownership50", "authorizes", "partyDate", "proviso"));
    String title = c.text(n, "title", true);
    String authority = c.text(n, "authority", true);
    String program = c.text(n, "program", false);
    LocalDate published = c.date(n, "published", true);
    String follows = c.text(n, "follows", false);
    String note = c.text(n, "note", false);
    String supersededBy = c.text(n, "supersededBy", false);
    JsonNode cits = n.get("citations");
    List<Citation> citations = List.of();
    if (cits == null || !cits.isArray() || cits.isEmpty()) {
      c.problem("citations", "missing: every rule needs at least one citation with cite and quote (or paraphrase)");
    } else {
      citations = citations(c, cits);
    }
    LocalDate from = null;
    LocalDate until = null;
    JsonNode eff = n.get("effective");
    if (eff == null || !eff.isObject()) {
      c.problem("effective", "missing: effective: {from: YYYY-MM-DD, until: YYYY-MM-DD or absent}");
    } else {
      Ctx ec = c.in("effective");
      ec.fields(eff, "", Set.of("from", "until"));
      from = ec.date(eff, "from", true);
      until = ec.date(eff, "until", false);
      if (from != null && until != null && until.isBefore(from)) {
        ec.problem("until", until + " is before from " + from);
      }
    }
    RuleEffect outcome = c.enumValue(n, "outcome", RuleEffect.class, true);
    Boolean own = null;
    JsonNode o = n.get("ownership50");
    if (o == null || !o.isBoolean()) {
      c.problem("ownership50", "missing or not true/false: every rule states whether the 50% rule extends it");
    } else {
      own = o.booleanValue();
    }
    Conditions when = null;
    JsonNode w = n.get("when");
    if (w == null || !w.isObject()) {
      c.problem("when", "missing: the conditions of the rule (use when: {} for every transaction)");
    } else {
      when = conditions(c.in("when"), w);
    }
    if (when != null && follows == null && (ambiguous(when.issueDate()) || ambiguous(when.tradeDate()))) {
      c.problem("follows", "required when a date condition has ambiguousOn: say which text the rule follows");
    }
    List<String> authorizes = c.strings(n, "authorizes");
    if (!authorizes.isEmpty() && outcome != null && outcome != RuleEffect.ALLOWED) {
      c.problem("authorizes", "only a rule with outcome allowed (a general licence) can authorise other rules");
    }
    String proviso = c.text(n, "proviso", false);
    if (proviso != null && authorizes.isEmpty()) {
      c.problem("proviso", "only a general licence (a rule with authorizes) has a proviso");
    }
    String pd = c.text(n, "partyDate", false);
    PartyDates partyDates = null;
    if (pd != null) {
      partyDates = tables.get(pd);
      if (partyDates == null) {
        c.problem("partyDate", "unknown table '" + pd + "'; this file defines " + tables.keySet());
      }
    }
    if (when != null && when.usesPartyDate() && pd == null) {
      c.problem("partyDate", "required when a date condition uses onOrAfterPartyDate");
    }
    if (c.problems.size() > before || id == null) {
      return null;
    }
    return new Rule(id, title, authority, program, published, citations, follows, note, from, until,
        supersededBy, when, outcome, own, file, authorizes, partyDates, proviso);
  }

  private static boolean ambiguous(DateCondition d) {
    return d != null && !d.ambiguousOn().isEmpty();
  }

  private Conditions conditions(Ctx c, JsonNode n) {
    c.fields(n, "", Set.of("actor", "counterparty", "instruments", "markets", "issueDate", "tradeDate",
        "currencies", "maturityDays", "purposes"));
    Set<String> jur = new LinkedHashSet<>();
    Set<ActorKind> kinds = EnumSet.noneOf(ActorKind.class);
    JsonNode a = n.get("actor");
    if (a != null) {
      Ctx ac = c.in("actor");
      ac.fields(a, "", Set.of("jurisdictions", "kinds"));
      for (String j : ac.strings(a, "jurisdictions")) {
        String u = j.toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(u).matches() && !u.equals("EU")) {
          ac.problem("jurisdictions", "'" + j + "' is not a two-letter country code (or EU)");
        }
        jur.add(u);
      }
      for (String k : ac.strings(a, "kinds")) {
        ac.enumOf(k, "kinds", ActorKind.class).ifPresent(kinds::add);
      }
    }
    PartySet party = PartySet.ANY;
    JsonNode p = n.get("counterparty");
    if (p != null) {
      Ctx pc = c.in("counterparty");
      pc.fields(p, "", Set.of("entities", "identifiers", "listed", "blocked"));
      PartySet.Listed listed = null;
      JsonNode l = p.get("listed");
      if (l != null) {
        Ctx lc = pc.in("listed");
        lc.fields(l, "", Set.of("sources", "programs", "text"));
        List<String> texts = l.path("text").isArray() ? lc.strings(l, "text")
            : l.hasNonNull("text") ? List.of(lc.text(l, "text", true)) : List.of();
        listed = new PartySet.Listed(new LinkedHashSet<>(lc.strings(l, "sources")),
            new LinkedHashSet<>(lc.strings(l, "programs")), texts.stream().filter(java.util.Objects::nonNull).toList());
        if (listed.sources().isEmpty() && listed.programs().isEmpty() && listed.texts().isEmpty()) {
          lc.problem("", "give at least one of sources, programs, text");
        }
      }
      JsonNode b = p.get("blocked");
      if (b != null && !b.isBoolean()) {
        pc.problem("blocked", "must be true or false");
      }
      party = new PartySet(new LinkedHashSet<>(pc.strings(p, "entities")),
          new LinkedHashSet<>(pc.strings(p, "identifiers")), listed, b != null && b.asBoolean());
      if (party.isAny()) {
        pc.problem("", "empty: give entities, identifiers, listed or blocked (or leave counterparty out)");
      }
    }
    Set<Instrument> instruments = EnumSet.noneOf(Instrument.class);
    for (String s : c.strings(n, "instruments")) {
      c.enumOf(s, "instruments", Instrument.class).ifPresent(instruments::add);
    }
    Set<Market> markets = EnumSet.noneOf(Market.class);
    for (String s : c.strings(n, "markets")) {
      c.enumOf(s, "markets", Market.class).ifPresent(markets::add);
    }
    Set<String> currencies = new LinkedHashSet<>();
    Set<String> except = new LinkedHashSet<>();
    JsonNode cur = n.get("currencies");
    if (cur != null && cur.isObject()) {
      Ctx cc = c.in("currencies");
      cc.fields(cur, "", Set.of("except"));
      except.addAll(cc.strings(cur, "except"));
      if (except.isEmpty()) {
        cc.problem("except", "missing: currencies: {except: [RUB]} or a list of covered currencies");
      }
    } else {
      currencies.addAll(c.strings(n, "currencies"));
    }
    for (String s : java.util.stream.Stream.concat(currencies.stream(), except.stream()).toList()) {
      if (!CURRENCY.matcher(s).matches()) {
        c.problem("currencies", "'" + s + "' is not an ISO 4217 code such as RUB");
      }
    }
    Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
    for (String s : c.strings(n, "purposes")) {
      c.enumOf(s, "purposes", Purpose.class).ifPresent(purposes::add);
    }
    Integer maturity = null;
    JsonNode m = n.get("maturityDays");
    if (m != null) {
      Ctx mc = c.in("maturityDays");
      mc.fields(m, "", Set.of("over"));
      JsonNode over = m.get("over");
      if (over == null || !over.isInt() || over.intValue() < 0) {
        mc.problem("over", "must be a whole number of days >= 0");
      } else {
        maturity = over.intValue();
      }
    }
    return new Conditions(jur, kinds, party, instruments, markets, dates(c, n, "issueDate"),
        dates(c, n, "tradeDate"), currencies, except, maturity, purposes);
  }

  private DateCondition dates(Ctx c, JsonNode parent, String field) {
    JsonNode n = parent.get(field);
    if (n == null) {
      return null;
    }
    Ctx dc = c.in(field);
    if (!n.isObject()) {
      dc.problem("", "expected a mapping with after / onOrAfter / before / onOrBefore");
      return null;
    }
    dc.fields(n, "", Set.of("after", "onOrAfter", "before", "onOrBefore", "onOrAfterPartyDate", "ambiguousOn",
        "ambiguity"));
    JsonNode pdn = n.get("onOrAfterPartyDate");
    if (pdn != null && !pdn.isBoolean()) {
      dc.problem("onOrAfterPartyDate", "must be true or false");
    }
    boolean partyDate = pdn != null && pdn.asBoolean();
    Set<LocalDate> amb = new LinkedHashSet<>();
    for (String s : dc.strings(n, "ambiguousOn")) {
      LocalDate d = dc.parseDate(s, "ambiguousOn");
      if (d != null) {
        amb.add(d);
      }
    }
    String ambiguity = dc.text(n, "ambiguity", false);
    if (!amb.isEmpty() && ambiguity == null) {
      dc.problem("ambiguity", "required with ambiguousOn: say how the texts differ");
    }
    DateCondition d = new DateCondition(dc.date(n, "after", false), dc.date(n, "onOrAfter", false),
        dc.date(n, "before", false), dc.date(n, "onOrBefore", false), partyDate, amb, ambiguity);
    if (d.describe().isEmpty()) {
      dc.problem("", "no bound given");
    }
    return d;
  }

  /** Where we are in a file, and the problems found so far. */
  private static final class Ctx {
    final String file;
    final String path;
    final List<String> problems;

    Ctx(String file, List<String> problems) {
      this(file, "", problems);
    }

    private Ctx(String file, String path, List<String> problems) {
      this.file = file;
      this.path = path;
      this.problems = problems;
    }

    Ctx in(String child) {
      return new Ctx(file, path.isEmpty() ? child : path + "." + child, problems);
    }

    Ctx named(String id) {
      return new Ctx(file, path + " (" + id + ")", problems);
    }

    void problem(String field, String msg) {
      String where = field.isEmpty() ? path : (path.isEmpty() ? field : path + "." + field);
      problems.add(file + ": " + (where.isEmpty() ? "" : where + ": ") + msg);
    }

    void fields(JsonNode n, String unused, Set<String> known) {
      if (!n.isObject()) {
        problem("", "expected a mapping");
        return;
      }
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!known.contains(f)) {
          problem(f, "unknown field; known: " + String.join(", ", new java.util.TreeSet<>(known)));
        }
      }
    }

    String text(JsonNode n, String field, boolean required) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          problem(field, "missing");
        }
        return null;
      }
      if (!v.isValueNode()) {
        problem(field, "expected text");
        return null;
      }
      String s = v.asText().strip();
      if (s.isEmpty()) {
        if (required) {
          problem(field, "empty");
        }
        return null;
      }
      return s;
    }

    LocalDate date(JsonNode n, String field, boolean required) {
      String s = text(n, field, required);
      return s == null ? null : parseDate(s, field);
    }

    LocalDate parseDate(String s, String field) {
      try {
        if (s.length() != 10) {
          throw new DateTimeParseException("length", s, 0);
        }
        return LocalDate.parse(s);
      } catch (DateTimeParseException ex) {
        problem(field, "not a date (YYYY-MM-DD): '" + s + "'");
        return null;
      }
    }

    List<String> strings(JsonNode n, String field) {
      JsonNode v = n.get(field);
      List<String> out = new ArrayList<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (!v.isArray()) {
        problem(field, "expected a list, e.g. [a, b]");
        return out;
      }
      for (JsonNode x : v) {
        if (!x.isValueNode() || x.asText().isBlank()) {
          problem(field, "expected a list of non-empty values");
        } else {
          out.add(x.asText().strip());
        }
      }
      return out;
    }

    <E extends Enum<E>> E enumValue(JsonNode n, String field, Class<E> type, boolean required) {
      String s = text(n, field, required);
      return s == null ? null : enumOf(s, field, type).orElse(null);
    }

    <E extends Enum<E>> java.util.Optional<E> enumOf(String s, String field, Class<E> type) {
      try {
        return java.util.Optional.of(Labels.parse(type, s, field));
      } catch (IllegalArgumentException ex) {
        problem(field, "unknown value '" + s + "'; one of " + Labels.known(type));
        return java.util.Optional.empty();
      }
    }
  }
}

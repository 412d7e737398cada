package io.cordon.sources.ofac;

import io.cordon.model.Countries;
import io.cordon.model.Prop;
import io.cordon.sources.IdFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structured facts OFAC writes into an entry's remarks ("DOB 27 Apr 1970; POB Kyiv,
 * Ukraine; Passport 752512703 (Russia); Linked To: ...") into FtM properties. The remarks are a
 * "; "-separated list of parts, each optionally prefixed "alt." (a second value of the same kind).
 * Each part is matched against the rules below, first match wins; parts no rule knows stay in the
 * raw remarks kept in {@code notes}. The SDN XML's structured lists are fed through the same rules
 * in the same syntax, so both formats agree.
 */
final class RemarkParser {
  private RemarkParser() {}

  private record Rule(Pattern pattern, BiConsumer<Matcher, Facts> action) {}

  private static final List<Rule> RULES = new ArrayList<>();

  private static void rule(String regex, BiConsumer<Matcher, Facts> action) {
    RULES.add(new Rule(Pattern.compile(regex), action));
  }

  /** "A1234 (Russia) issued 01 Jan 2000 expires ..." split into number and country code. */
  record Id(String number, Optional<String> country) {}

  private static final Pattern TRAILING_COUNTRY = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)$");
  private static final Pattern ISSUED = Pattern.compile("\\s+(issued|expires|Issue Date|Expiration Date)\\b.*$");

  static Id id(String raw) {
    String v = ISSUED.matcher(raw.strip()).replaceFirst("");
    Matcher m = TRAILING_COUNTRY.matcher(v);
    if (m.matches()) {
      Optional<String> c = Countries.code(m.group(2));
      if (c.isPresent()) {
        return new Id(m.group(1).strip(), c);
      }
    }
    return new Id(v.strip(), Optional.empty());
  }

  private static boolean russian(Id id) {
    return id.country().filter("ru"::equals).isPresent();
  }

  private static void country(String prop, String name, Facts f) {
    Countries.code(name.strip()).ifPresent(c -> f.put(c, prop));
  }

  private static void dates(String prop, String raw, Facts f) {
    for (String d : OfacDates.parse(raw)) {
      f.put(d, prop);
    }
  }

  /** Registration-style numbers: OGRN when it is one, OKPO for Russian gazette numbers, else generic. */
  private static void registration(String kind, String raw, Facts f) {
    Id id = id(raw);
    String n = id.number();
    if (IdFormats.isOgrn(n) && (russian(id) || id.country().isEmpty())) {
      f.put(n, Prop.OGRN_CODE);
    } else if (kind.startsWith("Government Gazette") && russian(id) && OKPO.matcher(n).matches()) {
      f.put(n, "okpoCode");
    } else {
      f.put(n, Prop.REGISTRATION_NUMBER, Prop.ID_NUMBER);
    }
  }

  static {
    rule("^DOB (.+)$", (m, f) -> dates(Prop.BIRTH_DATE, m.group(1), f));
    rule("^POB (.+)$", (m, f) -> f.put(m.group(1), Prop.BIRTH_PLACE));
    rule("^nationality (.+)$", (m, f) -> country(Prop.NATIONALITY, m.group(1), f));
    rule("^citizen (.+)$", (m, f) -> country(Prop.CITIZENSHIP, m.group(1), f));
    rule("^Nationality of Registration (.+)$", (m, f) -> country(Prop.COUNTRY, m.group(1), f));
    rule("^Gender (Male|Female)$", (m, f) -> f.put(m.group(1).toLowerCase(Locale.ROOT), Prop.GENDER));
    rule("^(?:Diplomatic )?Passport (.+)$", (m, f) -> {
      Id id = id(m.group(1));
      f.put(id.number(), Prop.PASSPORT_NUMBER, Prop.ID_NUMBER);
    });
    rule("^Tax ID No\\. (.+)$", (m, f) -> {
      Id id = id(m.group(1));
      if (IdFormats.isInn(id.number()) && russian(id)) {
        f.put(id.number(), Prop.INN_CODE);
      } else {
        f.put(id.number(), Prop.TAX_NUMBER);
      }
    });
    rule("^(?:NIT #|RUC #|RIF #|C\\.U\\.I\\.T\\.|US FEIN) (.+)$", (m, f) -> f.put(id(m.group(1)).number(), Prop.TAX_NUMBER));
    rule("^V\\.A\\.T\\. Number (.+)$", (m, f) -> f.put(id(m.group(1)).number(), "vatCode"));
    rule("^(?:Vessel Registration Identification|Identification Number|Company Number) IMO (\\d{7})\\b.*$", (m, f) -> {
      String imo = "IMO" + m.group(1);
      if (!IdFormats.isImo(imo) || !f.put(imo, Prop.IMO_NUMBER)) {
        f.put(imo, Prop.REGISTRATION_NUMBER);
      }
    });
    rule("^MMSI (\\d{9})$", (m, f) -> f.put(m.group(1), Prop.MMSI, Prop.REGISTRATION_NUMBER));
    rule("^SWIFT/BIC (\\S+)$", (m, f) -> {
      if (IdFormats.isBic(m.group(1))) {
        f.put(m.group(1), Prop.SWIFT_BIC);
      }
    });
    rule("^Legal Entity Number (.+)$", (m, f) -> {
      String n = id(m.group(1)).number();
      f.put(n, IdFormats.isLei(n) ? Prop.LEI_CODE : Prop.REGISTRATION_NUMBER);
    });
    rule("^D-U-N-S Number (.+)$", (m, f) -> f.put(id(m.group(1)).number(), "dunsCode"));
    rule("^BIK \\(RU\\) (\\d+)$", (m, f) -> f.put(m.group(1), "bikCode", Prop.REGISTRATION_NUMBER));
    rule("^Equity Ticker (.+)$", (m, f) -> f.put(m.group(1), "ticker"));
    rule("^ISIN ([A-Z0-9]{12})$", (m, f) -> {
      if (IdFormats.isIsin(m.group(1))) {
        f.put(m.group(1), "isinCode");
      }
    });
    rule("^(Registration Number|Government Gazette Number|Business Registration Number|Registration ID"
        + "|UK Company Number|Company Number|Commercial Registry Number|Chamber of Commerce Number"
        + "|Certificate of Incorporation Number|Unified Social Credit Code \\(USCC\\)"
        + "|United Social Credit Code Certificate \\(USCCC\\)|Business Number|Enterprise Number"
        + "|Central Registration System Number|Trade License No\\.|C\\.R\\. No\\.|Folio Mercantil No\\."
        + "|Public Registration Number|Economic Register Number \\(CBLS\\)|Branch Unit Number"
        + "|Matricula Mercantil No|Business Registration Document #|Registered Charity No\\.|License) (.+)$",
        (m, f) -> registration(m.group(1), m.group(2), f));
    rule("^(?:National ID No\\.|Cedula No\\.|Identification Number|D\\.N\\.I\\.|Personal ID Card"
        + "|Citizen's Card Number|Turkish Identification Number|C\\.U\\.I\\.|Birth Certificate Number"
        + "|Residency Number|National Foreign ID Number|Numero de Identidad|Driver's License No\\."
        + "|Cartilla de Servicio Militar Nacional|C\\.U\\.R\\.P\\.|R\\.F\\.C\\.|Electoral Registry No\\."
        + "|Kenyan ID No\\.|Stateless Person ID Card|Refugee ID Card|Identity Number) (.+)$",
        (m, f) -> f.put(id(m.group(1)).number(), Prop.ID_NUMBER));
    rule("^SSN (.+)$", (m, f) -> f.put(id(m.group(1)).number(), "socialSecurityNumber", Prop.ID_NUMBER));
    rule("^Digital Currency Address - ([A-Z0-9]+) ([A-Za-z0-9]{20,})$",
        (m, f) -> f.wallets.add(new Facts.Wallet(m.group(1), m.group(2))));
    rule("^\\(?Linked To: (.+?)\\)?$", (m, f) -> f.linkedTo.add(m.group(1).strip()));
    rule("^Organization Established Date (.+)$", (m, f) -> dates(Prop.INCORPORATION_DATE, m.group(1), f));
    rule("^Organization Type: (.+)$", (m, f) -> f.put(m.group(1), "sector"));
    rule("^Target Type (.+)$", (m, f) -> f.put(m.group(1), "classification"));
    rule("^(Member of the .+)$", (m, f) -> f.put(m.group(1), "position"));
    rule("^Travel Document Number (.+)$", (m, f) -> f.put(id(m.group(1)).number(), Prop.PASSPORT_NUMBER, Prop.ID_NUMBER));
    rule("^Website (\\S+)$", (m, f) -> f.put(m.group(1), Prop.WEBSITE));
    rule("^Email Address (\\S+@\\S+)$", (m, f) -> f.put(m.group(1), Prop.EMAIL));
    rule("^(?:Phone Number|Telephone:?|Telephone No\\.) (.+)$", (m, f) -> f.put(m.group(1), "phone"));
    // Vessels and aircraft
    rule("^Former Vessel Flag (.+)$", (m, f) -> country("pastFlags", m.group(1), f));
    rule("^Vessel Year of Build (\\d{4})$", (m, f) -> f.put(m.group(1), "buildDate"));
    rule("^Aircraft Manufacture Date (.+)$", (m, f) -> dates("buildDate", m.group(1), f));
    rule("^Aircraft Model (.+)$", (m, f) -> f.put(m.group(1), "model"));
    rule("^Aircraft Manufacturer's Serial Number \\(MSN\\) (.+)$", (m, f) -> f.put(m.group(1), "serialNumber"));
    rule("^Aircraft Tail Number (.+)$", (m, f) -> f.put(m.group(1), Prop.REGISTRATION_NUMBER));
    // Low-quality names OFAC writes into the remarks
    rule("^a\\.k\\.a\\.,? '(.+)'$", (m, f) -> f.put(m.group(1), Prop.WEAK_ALIAS));
    rule("^f\\.k\\.a\\.,? '(.+)'$", (m, f) -> f.put(m.group(1), Prop.PREVIOUS_NAME));
    rule("^n\\.k\\.a\\.,? '(.+)'$", (m, f) -> f.put(m.group(1), Prop.ALIAS));
  }

  /**
   * Rules that can match a part starting with each ASCII character, so that a part is tried only
   * against the few rules it can start like. A rule can start with c when matching the one-char
   * input "c" either succeeds or runs out of input ({@code hitEnd}): a standard regex prefix test.
   */
  private static final List<List<Rule>> BY_FIRST_CHAR = new ArrayList<>();

  static {
    for (char c = 0; c < 128; c++) {
      List<Rule> viable = new ArrayList<>();
      for (Rule r : RULES) {
        Matcher m = r.pattern().matcher(String.valueOf(c));
        if (m.lookingAt() || m.hitEnd()) {
          viable.add(r);
        }
      }
      BY_FIRST_CHAR.add(List.copyOf(viable));
    }
  }

  /** EO directive statements: "Executive Order 14024 Directive Information Subject to Directive 1a - ...". */
  private static final Pattern DIRECTIVE =
      Pattern.compile("Executive Order (\\d+) Directive (?:Information|Determination)\\s*[-:]?\\s*Subject to Directive (\\d+[a-zA-Z]?)");
  /** "Listing Date (EO 14024 Directive 1a): 22 Feb 2022" and its Effective Date twin. */
  private static final Pattern DIRECTIVE_DATE =
      Pattern.compile("^(Listing|Effective) Date \\(EO (\\d+) Directive (\\d+[a-zA-Z]?)\\):\\s*(.+)$");
  /** Parts about the sanction rather than the target. */
  private static final Pattern SANCTION_TEXT = Pattern.compile(
      "(?i)^(Executive Order \\d+|Listing Date|Effective Date|Secondary sanctions risk|Additional Sanctions Information"
      + "|Transactions Prohibited For|CAATSA Section|Purchase/Sales For Divestment|For more information on directives)");

  private static final Pattern PART_SEP = Pattern.compile(";\\s+");
  private static final Pattern OKPO = Pattern.compile("\\d{8}|\\d{10}");

  /** Splits remarks into parts; the trailing full stop of the whole text is dropped. */
  static List<String> parts(String remarks) {
    String r = remarks.strip();
    if (r.endsWith(".")) {
      r = r.substring(0, r.length() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String p : PART_SEP.split(r)) {
      String v = p.strip();
      if (!v.isEmpty()) {
        out.add(v);
      }
    }
    return out;
  }

  /** Applies the rules to one part (an "alt." prefix is dropped: it only says "another value"). */
  static void apply(String part, Facts facts) {
    understood(part, facts);
  }

  /** Like {@link #apply}; returns whether a rule knew the part (for coverage figures). */
  static boolean understood(String part, Facts facts) {
    String p = part.startsWith("alt. ") ? part.substring(5).strip() : part;
    if (SANCTION_TEXT.matcher(p).find()) {
      facts.sanctionText.add(part);
      Matcher d = DIRECTIVE.matcher(p);
      if (d.find()) {
        facts.provisions.add(directive(d.group(1), d.group(2)));
      }
      Matcher dd = DIRECTIVE_DATE.matcher(p);
      if (dd.matches()) {
        String date = OfacDates.one(dd.group(4).strip());
        if (date != null) {
          facts.sanctionText.set(facts.sanctionText.size() - 1, directive(dd.group(2), dd.group(3))
              + " " + dd.group(1).toLowerCase(Locale.ROOT) + " date " + date);
        }
      }
      return true;
    }
    char c0 = p.isEmpty() ? 0 : p.charAt(0);
    for (Rule r : c0 < 128 ? BY_FIRST_CHAR.get(c0) : RULES) {
      Matcher m = r.pattern().matcher(p);
      if (m.matches()) {
        r.action().accept(m, facts);
        return true;
      }
    }
    return false;
  }

  /** The provision name rules code reads: "EO 14024 Directive 1A". */
  static String directive(String order, String number) {
    return "EO " + order + " Directive " + number.toUpperCase(Locale.ROOT);
  }
}

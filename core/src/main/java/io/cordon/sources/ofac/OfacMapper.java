package io.cordon.sources.ofac;

import io.cordon.model.Countries;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import io.cordon.model.Schemata;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ParsedList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns OFAC entries into FtM entities: per entry the listed target (Person, Organization, Company,
 * Vessel, Airplane), one Sanction record ({@code ofac-<ent_num>-sanction}), one CryptoWallet per
 * listed address and one UnknownLink per "Linked To" that names another entry of the same file.
 * Ids are {@code ofac-<ent_num>} for both the SDN and the consolidated list (separate sources).
 */
final class OfacMapper {
  static final String AUTHORITY = "Office of Foreign Assets Control";
  /** OFAC cuts the remarks column at this length; the rest is in sdn_comments.csv when present. */
  static final int REMARKS_LIMIT = 1000;

  private final ListFormat format;
  private final String dataset;
  private final List<String> warnings = new ArrayList<>();

  OfacMapper(ListFormat format) {
    this.format = format;
    this.dataset = format.defaultSource();
  }

  /** Maps all entries of one file (or CSV set) into a ParsedList with its warnings. */
  ParsedList parsed(List<OfacTarget> targets, Optional<LocalDate> published) {
    List<Entity> entities = map(targets);
    return new ParsedList(format, published, entities, warnings);
  }

  /** Maps all entries of one file (or CSV set); "Linked To" names resolve within it. */
  List<Entity> map(List<OfacTarget> targets) {
    Map<String, String> byName = new HashMap<>();
    for (OfacTarget t : targets) {
      byName.putIfAbsent(key(t.name), id(t));
      for (OfacTarget.Alt a : t.alts) {
        byName.putIfAbsent(key(a.name()), id(t));
      }
    }
    List<Entity> out = new ArrayList<>(targets.size() * 2);
    Map<String, Entity.Builder> wallets = new LinkedHashMap<>();
    for (OfacTarget t : targets) {
      map(t, byName, out, wallets);
    }
    wallets.values().forEach(w -> out.add(w.build()));
    return out;
  }

  static String id(OfacTarget t) {
    return "ofac-" + t.entNum;
  }

  private void map(OfacTarget t, Map<String, String> byName, List<Entity> out, Map<String, Entity.Builder> wallets) {
    String id = id(t);
    String remarks = t.remarks.toString().strip();
    Entity.Builder b = Entity.builder(id, schema(t, remarks)).dataset(dataset);
    Facts f = new Facts(b);
    b.add(Prop.NAME, t.name);
    if (f.isPerson()) {
      names(t, b);
      b.add("position", t.title);
    } else if (!t.title.isEmpty()) {
      b.add(Prop.NOTES, "Title: " + t.title);
    }
    for (OfacTarget.Alt a : t.alts) {
      String prop = a.weak() ? Prop.WEAK_ALIAS
          : a.kind().equalsIgnoreCase("fka") ? Prop.PREVIOUS_NAME : Prop.ALIAS;
      b.add(prop, a.name());
    }
    for (OfacTarget.Address a : t.addresses) {
      List<String> parts = new ArrayList<>();
      for (String s : new String[] {a.street(), a.city(), a.country()}) {
        if (!s.isBlank()) {
          parts.add(s.strip());
        }
      }
      b.add(Prop.ADDRESS, String.join(", ", parts));
      Countries.code(a.country()).ifPresent(c -> b.add(Prop.COUNTRY, c));
    }
    vessel(t, f);
    for (String p : t.programs) {
      b.add(Prop.PROGRAM, p);
    }
    b.add(Prop.TOPICS, "sanction");
    b.add(Prop.SOURCE_URL, sourceUrl(t));
    for (String fact : t.facts) {
      RemarkParser.apply(fact, f);
    }
    if (!remarks.isEmpty()) {
      b.add(Prop.NOTES, remarks);
      List<String> parts = RemarkParser.parts(remarks);
      // A remark cut at OFAC's column limit without its continuation: the last part is a fragment
      // ("Digital Currency Address - XBT 1Gq") and must not become a value.
      if (t.remarksCut) {
        parts = parts.subList(0, Math.max(0, parts.size() - 1));
        warnings.add(id + ": remarks cut at " + REMARKS_LIMIT + " characters and no comments file continues"
            + " them; their last part is kept in notes only");
      }
      for (String p : parts) {
        RemarkParser.apply(p, f);
      }
    }
    out.add(b.build());
    out.add(sanction(t, f));
    for (Facts.Wallet w : f.wallets) {
      String wid = "ofac-wallet-" + w.currency().toLowerCase(Locale.ROOT) + "-" + w.address();
      wallets.computeIfAbsent(wid, k -> Entity.builder(k, Schemata.CRYPTO_WALLET)
              .dataset(dataset)
              .add(Prop.PUBLIC_KEY, w.address())
              .add(Prop.CURRENCY, w.currency())
              .add(Prop.TOPICS, "sanction")
              .addAll(Prop.PROGRAM, t.programs))
          .add(Prop.HOLDER, id);
    }
    for (String name : f.linkedTo) {
      String other = byName.get(key(name));
      if (other != null && !other.equals(id)) {
        out.add(Entity.builder(id + "-linked-" + other.substring("ofac-".length()), Schemata.UNKNOWN_LINK)
            .dataset(dataset)
            .add(Prop.SUBJECT, id)
            .add(Prop.OBJECT, other)
            .add(Prop.ROLE, "Linked To")
            .build());
      }
    }
  }

  private Entity sanction(OfacTarget t, Facts f) {
    Entity.Builder s = Entity.builder(id(t) + "-sanction", Schemata.SANCTION).dataset(dataset)
        .add(Prop.ENTITY, id(t))
        .add(Prop.AUTHORITY, AUTHORITY)
        .add(Prop.COUNTRY, "us")
        .add(Prop.AUTHORITY_ID, t.entNum)
        .add(Prop.SOURCE_URL, sourceUrl(t))
        .addAll(Prop.PROGRAM, t.programs)
        .addAll(Prop.PROVISIONS, f.provisions);
    if (format == ListFormat.OFAC_CONS_CSV) {
      s.add("status", "Non-SDN (consolidated sanctions list)");
    }
    if (!f.sanctionText.isEmpty()) {
      s.add(Prop.SUMMARY, String.join("; ", f.sanctionText));
    }
    return s.build();
  }

  private static String sourceUrl(OfacTarget t) {
    return "https://sanctionssearch.ofac.treas.gov/Details.aspx?id=" + t.entNum;
  }

  /** "LAST, First Middle" as OFAC writes individuals; the listed name itself stays as written. */
  private static void names(OfacTarget t, Entity.Builder b) {
    if (!t.firstName.isEmpty() || !t.lastName.isEmpty()) {
      b.add(Prop.FIRST_NAME, t.firstName);
      b.add(Prop.LAST_NAME, t.lastName);
      return;
    }
    int comma = t.name.indexOf(',');
    if (comma > 0) {
      b.add(Prop.LAST_NAME, t.name.substring(0, comma));
      b.add(Prop.FIRST_NAME, t.name.substring(comma + 1));
    }
  }

  private static void vessel(OfacTarget t, Facts f) {
    f.put(t.callSign, Prop.CALL_SIGN);
    f.put(t.vesselType, Prop.TYPE);
    f.put(t.tonnage.replace(",", ""), "tonnage");
    f.put(t.grossTonnage.replace(",", ""), "grossRegisteredTonnage");
    if (!t.vesselFlag.isBlank()) {
      Countries.code(t.vesselFlag).ifPresent(c -> f.put(c, Prop.FLAG));
    }
    if (!t.vesselOwner.isBlank()) {
      f.entity.add(Prop.NOTES, "Vessel owner: " + t.vesselOwner);
    }
  }

  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  /**
   * Legal-form words (dots removed) that make an OFAC "entity" a Company rather than an
   * Organization. Not "GROUP": OFAC lists many armed groups ("ABU SAYYAF GROUP").
   */
  private static final Set<String> LEGAL_FORMS = Set.of(
      "LLC", "LTD", "LIMITED", "LTDA", "INC", "INCORPORATED", "CORP", "CORPORATION", "CO", "COMPANY",
      "GMBH", "AG", "SA", "SAS", "SARL", "SRL", "SPA", "SL", "SAC", "SADECV", "JSC", "OJSC", "CJSC",
      "PJSC", "OAO", "ZAO", "PAO", "OOO", "AO", "TOO", "LLP", "PLC", "BV", "NV", "BHD", "PTE", "PVT",
      "FZE", "FZCO", "DMCC", "KFT", "EOOD", "OOD", "DOO", "LDA", "OY", "AB", "AS", "SE", "HOLDING",
      "HOLDINGS", "TRADING", "ENTERPRISES", "FZC", "JV", "SAL", "WLL", "KG", "SRO", "TOV",
      "CIA", "PTY", "SDN", "AOZT", "ZAT", "PRAT", "OAT", "AD", "DD", "AKTSIONERNOE", "OBSHCHESTVO",
      "LIMITADA", "SIRKETI", "CA", "SCS", "SAPI", "EIRL");
  private static final Pattern COMPANY_REMARK =
      Pattern.compile("Target Type (Private Company|Public Company|State-Owned Enterprise)");

  private static String schema(OfacTarget t, String remarks) {
    switch (t.type.strip().toLowerCase(Locale.ROOT)) {
      case "individual":
        return Schemata.PERSON;
      case "vessel":
        return Schemata.VESSEL;
      case "aircraft":
        return Schemata.AIRPLANE;
      default:
        break;
    }
    if (COMPANY_REMARK.matcher(remarks).find() || companyName(t.name)) {
      return Schemata.COMPANY;
    }
    for (OfacTarget.Alt a : t.alts) {
      if (companyName(a.name())) {
        return Schemata.COMPANY;
      }
    }
    return Schemata.ORGANIZATION;
  }

  static boolean companyName(String name) {
    // "S.A." -> SA; "SA'ADA" stays one word, not the legal form SA
    String n = name.toUpperCase(Locale.ROOT).replace(".", "").replace("'", "");
    for (String token : NON_ALNUM.split(n)) {
      if (LEGAL_FORMS.contains(token)) {
        return true;
      }
    }
    return n.contains("JOINT STOCK") || n.contains("LIABILITY COMPANY") || n.contains("S A DE C V");
  }

  /** Name key for resolving "Linked To": case, punctuation and spacing ignored. */
  static String key(String name) {
    return NON_ALNUM.matcher(name.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}

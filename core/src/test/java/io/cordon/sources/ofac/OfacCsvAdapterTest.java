package io.cordon.sources.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import io.cordon.model.Prop;
import io.cordon.model.Schemata;
import io.cordon.sources.ListAdapters;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ParsedList;
import io.cordon.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OFAC legacy CSV sets in ../shared/data, read in place; counts from PROVENANCE.md. */
@Tag("shared-data")
class OfacCsvAdapterTest {
  private static final ListAdapters ADAPTERS = ListAdapters.load();

  /** Parsed sets, read once per test run (the lists are immutable). */
  private static final Map<String, ParsedList> READ = new java.util.concurrent.ConcurrentHashMap<>();

  static ParsedList read(String path) throws Exception {
    ParsedList l = READ.get(path);
    if (l == null) {
      l = ADAPTERS.read(SharedData.path(path), Optional.empty());
      READ.put(path, l);
    }
    return l;
  }

  static Map<String, Entity> byId(ParsedList list) {
    return list.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity()));
  }

  @ParameterizedTest
  @CsvSource({
      "ofac_sdn_csv_2024-05-03, OFAC_SDN_CSV, 14965",
      "ofac_legacy_csv_2021-07, OFAC_SDN_CSV, 8976",
      "ofac_legacy_csv_2019, OFAC_SDN_CSV, 7379",
      "ofac_sdn_csv_2022-02-17, OFAC_SDN_CSV, 9056",
      "ofac_sdn_csv_2022-03-15, OFAC_SDN_CSV, 9377",
      "ofac_consolidated_nonsdn_2025-12, OFAC_CONS_CSV, 442",
  })
  void entryCountsMatchProvenance(String folder, ListFormat format, int entries) throws Exception {
    ParsedList list = read(folder);
    assertThat(list.format()).isEqualTo(format);
    assertThat(list.published()).isEmpty();
    long listed = list.entities().stream().filter(e -> e.id().matches("ofac-\\d+")).count();
    assertThat(listed).isEqualTo(entries);
    long sanctions = list.entities().stream().filter(e -> e.schema().equals(Schemata.SANCTION)).count();
    assertThat(sanctions).isEqualTo(entries);
    // targets = listed entries + crypto wallets
    long wallets = list.entities().stream().filter(e -> e.schema().equals(Schemata.CRYPTO_WALLET)).count();
    assertThat(list.targetCount()).isEqualTo(entries + wallets);
    for (Entity e : list.entities()) {
      assertThat(e.datasets()).containsExactly(format.defaultSource());
    }
  }

  @Test
  void readsTheMainFileOfASetLikeItsFolder() throws Exception {
    ParsedList viaFile = ADAPTERS.read(SharedData.path("ofac_legacy_csv_2021-07/sdn.csv"), Optional.empty());
    ParsedList viaFolder = read("ofac_legacy_csv_2021-07");
    assertThat(viaFile.entities()).isEqualTo(viaFolder.entities());
  }

  @Test
  void april2021DesignationsCarryProgramsAliasesAndIdentifiers() throws Exception {
    Map<String, Entity> e = byId(read("ofac_legacy_csv_2021-07"));
    Entity pt = e.get("ofac-31455");
    assertThat(pt.schema()).isEqualTo(Schemata.COMPANY);
    assertThat(pt.get(Prop.NAME)).containsExactly("AKTSIONERNOE OBSHCHESTVO POZITIV TEKNOLODZHIZ");
    assertThat(pt.get(Prop.ALIAS)).contains("JSC POSITIVE TECHNOLOGIES", "POZITIV TEKNOLODZHIZ, AO");
    assertThat(pt.get(Prop.INN_CODE)).containsExactly("7718668887");
    assertThat(pt.get(Prop.WEBSITE)).containsExactly("www.ptsecurity.ru", "www.ptsecurity.com");
    assertThat(pt.get(Prop.COUNTRY)).containsExactly("ru");
    assertThat(pt.get(Prop.ADDRESS)).containsExactly("d. 23A pom. V kom, 30, shosse Shchelkovskoe, Moscow 107241, Russia");
    assertThat(pt.get(Prop.TOPICS)).containsExactly("sanction");
    Entity ptSanction = e.get("ofac-31455-sanction");
    assertThat(ptSanction.get(Prop.ENTITY)).containsExactly("ofac-31455");
    assertThat(ptSanction.get(Prop.PROGRAM)).containsExactly("NPWMD", "CYBER2", "CAATSA - RUSSIA", "RUSSIA-EO14024");
    assertThat(ptSanction.get(Prop.AUTHORITY)).containsExactly("Office of Foreign Assets Control");
    assertThat(ptSanction.get(Prop.AUTHORITY_ID)).containsExactly("31455");
    assertThat(ptSanction.get(Prop.COUNTRY)).containsExactly("us");
    // "Linked To: FEDERAL SECURITY SERVICE" resolves to the FSB's own entry in the same file
    Entity fsb = e.values().stream().filter(x -> x.get(Prop.NAME).contains("FEDERAL SECURITY SERVICE"))
        .findFirst().orElseThrow();
    assertThat(e.get("ofac-31455-linked-" + fsb.id().substring(5)).get(Prop.OBJECT)).containsExactly(fsb.id());

    Entity era = e.get("ofac-31452");
    assertThat(era.get(Prop.EMAIL)).containsExactly("era_1@mil.ru");
    assertThat(era.get(Prop.ALIAS)).contains("ERA MILITARY INNOVATION TECHNOPOLIS", "FGAU VIT ERA");
    assertThat(e.get("ofac-31412").get(Prop.INN_CODE)).containsExactly("7736185530");
    assertThat(e.get("ofac-31414").get(Prop.ALIAS)).containsExactly("NEOBIT, OOO");
    assertThat(e.get("ofac-31415").get(Prop.INN_CODE)).containsExactly("6164205270");
    assertThat(e.get("ofac-31611").get(Prop.PROGRAM)).contains("RUSSIA-EO14024", "CYBER2");

    Entity kilimnik = e.get("ofac-31291");
    assertThat(kilimnik.schema()).isEqualTo(Schemata.PERSON);
    assertThat(kilimnik.get(Prop.NAME)).containsExactly("KILIMNIK, Konstantin Viktorovich");
    assertThat(kilimnik.get(Prop.LAST_NAME)).containsExactly("KILIMNIK");
    assertThat(kilimnik.get(Prop.FIRST_NAME)).containsExactly("Konstantin Viktorovich");
    assertThat(kilimnik.get(Prop.BIRTH_DATE)).containsExactly("1970-04-27");
    assertThat(kilimnik.get(Prop.BIRTH_PLACE)).containsExactly("Kyiv, Ukraine");
    assertThat(kilimnik.get(Prop.NATIONALITY)).containsExactly("ua");
    assertThat(kilimnik.get(Prop.CITIZENSHIP)).containsExactly("ua");
    assertThat(kilimnik.get(Prop.GENDER)).containsExactly("male");
    assertThat(kilimnik.get(Prop.PASSPORT_NUMBER)).containsExactly("752512703");
    assertThat(kilimnik.get(Prop.COUNTRY)).containsExactly("ru", "ua");
    assertThat(e.get("ofac-31291-sanction").get(Prop.PROGRAM)).containsExactly("UKRAINE-EO13660", "ELECTION-EO13848");
  }

  @Test
  void directiveBodiesCarryTheDirectiveTextAndNames() throws Exception {
    Map<String, Entity> e = byId(read("ofac_consolidated_nonsdn_2025-12"));
    for (String ent : List.of("31693", "31694", "31695")) {
      Entity s = e.get("ofac-" + ent + "-sanction");
      assertThat(s.get(Prop.PROVISIONS)).contains("EO 14024 Directive 1A", "EO 14024 Directive 4");
      assertThat(s.first(Prop.SUMMARY))
          .contains("participation in the secondary market for ruble or non-ruble denominated bonds")
          .contains("EO 14024 Directive 1A listing date 2022-02-22")
          .contains("EO 14024 Directive 1A effective date 2022-03-01");
      // the remarks continue in cons_comments.csv: the full text is kept
      assertThat(e.get("ofac-" + ent).first(Prop.NOTES)).contains("foreign exchange transaction for or on behalf");
      assertThat(s.get(Prop.PROGRAM)).containsExactly("RUSSIA-EO14024");
    }
    Entity cbr = e.get("ofac-31695");
    assertThat(cbr.get(Prop.NAME)).containsExactly("CENTRAL BANK OF THE RUSSIAN FEDERATION");
    assertThat(cbr.get(Prop.ALIAS)).contains("BANK OF RUSSIA", "CENTRAL BANK OF RUSSIA");
    assertThat(cbr.get(Prop.SWIFT_BIC)).containsExactly("CBRFRUMM");
    assertThat(cbr.get(Prop.INN_CODE)).containsExactly("7702235133");
    assertThat(cbr.get(Prop.OGRN_CODE)).containsExactly("1037700013020");
    assertThat(cbr.get(Prop.INCORPORATION_DATE)).containsExactly("1990-07-13");
    assertThat(e.get("ofac-31694").get(Prop.NAME)).containsExactly("MINISTRY OF FINANCE OF THE RUSSIAN FEDERATION");
    assertThat(e.get("ofac-31694").schema()).isEqualTo(Schemata.ORGANIZATION);
    // EO 13662 sectoral directives ("Subject to Directive 1") become provisions too
    assertThat(e.values().stream().flatMap(x -> x.get(Prop.PROVISIONS).stream()))
        .contains("EO 13662 Directive 1", "EO 13662 Directive 2", "EO 13662 Directive 4");
  }

  @Test
  void putinIsListedFrom2022WithHisBirthDate() throws Exception {
    for (String folder : List.of("ofac_sdn_csv_2022-03-15", "ofac_sdn_csv_2024-05-03")) {
      Entity putin = byId(read(folder)).get("ofac-35096");
      assertThat(putin.get(Prop.NAME)).containsExactly("PUTIN, Vladimir Vladimirovich");
      assertThat(putin.get(Prop.BIRTH_DATE)).containsExactly("1952-10-07");
      assertThat(putin.get(Prop.BIRTH_PLACE)).containsExactly("Leningrad, Russia");
      assertThat(putin.get("position")).containsExactly("President of the Russian Federation");
    }
    assertThat(byId(read("ofac_sdn_csv_2022-02-17"))).doesNotContainKey("ofac-35096");
  }

  @Test
  void vesselsAircraftAndWallets() throws Exception {
    ParsedList list = read("ofac_sdn_csv_2024-05-03");
    Map<String, Entity> e = byId(list);
    Entity ebano = e.get("ofac-4243");
    assertThat(ebano.schema()).isEqualTo(Schemata.VESSEL);
    assertThat(ebano.get(Prop.IMO_NUMBER)).containsExactly("IMO7406784");
    assertThat(ebano.get(Prop.FLAG)).containsExactly("pa");
    assertThat(ebano.get(Prop.TYPE)).containsExactly("General Cargo");
    assertThat(ebano.get("tonnage")).containsExactly("2595");
    assertThat(ebano.get("grossRegisteredTonnage")).containsExactly("1865");
    assertThat(ebano.get(Prop.PREVIOUS_NAME)).containsExactly("ANA I", "SAND SWAN");
    long withImo = list.entities().stream().filter(x -> x.schema().equals(Schemata.VESSEL) && x.has(Prop.IMO_NUMBER)).count();
    assertThat(withImo).isGreaterThan(700);
    assertThat(e.get("ofac-15431").schema()).isEqualTo(Schemata.AIRPLANE);
    assertThat(e.get("ofac-15431").get("serialNumber")).containsExactly("1023409321");
    assertThat(e.get("ofac-15431").get("buildDate")).containsExactly("1992");

    List<Entity> wallets = list.entities().stream().filter(x -> x.schema().equals(Schemata.CRYPTO_WALLET)).toList();
    assertThat(wallets.size()).isGreaterThan(250);
    for (Entity w : wallets) {
      assertThat(w.get(Prop.HOLDER)).isNotEmpty().allSatisfy(h -> assertThat(e).containsKey(h));
      assertThat(w.first(Prop.PUBLIC_KEY)).matches("[A-Za-z0-9]{20,}");
      assertThat(w.get(Prop.CURRENCY)).hasSize(1);
    }
    assertThat(wallets).anySatisfy(w -> assertThat(w.get(Prop.CURRENCY)).containsExactly("ETH"));
  }

  @Test
  void remarksCutAtTheColumnLimitDoNotYieldFragments() throws Exception {
    // 2024 set has no sdn_comments.csv: 18 entries end mid-word; no wallet may come from a fragment
    ParsedList list = read("ofac_sdn_csv_2024-05-03");
    Path sdn = SharedData.path("ofac_sdn_csv_2024-05-03/sdn.csv");
    assertThat(sdn).exists();
    assertThat(list.entities().stream().filter(x -> x.schema().equals(Schemata.CRYPTO_WALLET))
        .map(w -> w.first(Prop.PUBLIC_KEY))).doesNotContain("1Gq", "1B64QRxf", "1N6XqS");
    assertThat(list.warnings()).hasSize(18).allSatisfy(w -> assertThat(w).contains("remarks cut at 1000 characters"));
    // with its comments file, the 2021-07 set has no cut remarks left
    assertThat(read("ofac_legacy_csv_2021-07").warnings()).isEmpty();
  }

  @Test
  void entitiesBecomeCompaniesOnlyWithALegalForm() throws Exception {
    Map<String, String> schemaByName = read("ofac_sdn_csv_2024-05-03").entities().stream()
        .filter(e -> e.id().matches("ofac-\\d+"))
        .collect(Collectors.toMap(e -> e.first(Prop.NAME), Entity::schema, (a, b) -> a));
    assertThat(schemaByName).containsEntry("ABU SAYYAF GROUP", Schemata.ORGANIZATION)
        .containsEntry("HAMAS", Schemata.ORGANIZATION)
        .containsEntry("CECOEX, S.A.", Schemata.COMPANY)
        .containsEntry("OOO VOLGA GROUP", Schemata.COMPANY)
        .containsEntry("SEGUROS LA VITALICIA C.A.", Schemata.COMPANY)
        .containsEntry("PUTIN, Vladimir Vladimirovich", Schemata.PERSON);
    assertThat(OfacMapper.companyName("SA'ADA FOUNDATION")).isFalse();
    assertThat(OfacMapper.companyName("JOINT STOCK COMMERCIAL BANK RUBLEV")).isTrue();
  }
}

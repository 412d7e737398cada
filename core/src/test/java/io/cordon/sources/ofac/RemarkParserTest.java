package io.cordon.sources.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import io.cordon.model.Prop;
import io.cordon.model.Schemata;
import org.junit.jupiter.api.Test;

/** Remark parts written by hand in OFAC's syntax (forms seen in the real files). */
class RemarkParserTest {

  private static Facts parse(String schema, String remarks) {
    Facts f = new Facts(Entity.builder("t1", schema));
    for (String p : RemarkParser.parts(remarks)) {
      RemarkParser.apply(p, f);
    }
    return f;
  }

  @Test
  void datesInEveryForm() {
    assertThat(OfacDates.parse("17 Mar 1966")).containsExactly("1966-03-17");
    assertThat(OfacDates.parse("Mar 1966")).containsExactly("1966-03");
    assertThat(OfacDates.parse("1966")).containsExactly("1966");
    assertThat(OfacDates.parse("circa 1960")).containsExactly("1960");
    assertThat(OfacDates.parse("circa 1958-1960")).containsExactly("1958", "1959", "1960");
    assertThat(OfacDates.parse("1966 to 1968")).containsExactly("1966", "1967", "1968");
    assertThat(OfacDates.parse("01 Jan 1960 to 31 Dec 1962")).containsExactly("1960", "1961", "1962");
    assertThat(OfacDates.parse("05 Jun 1950 to 07 Jun 1950")).containsExactly("1950-06-05", "1950-06-07");
    assertThat(OfacDates.parse("31 Feb 1970")).isEmpty();
    assertThat(OfacDates.parse("sometime in the 1970s")).isEmpty();
    assertThat(OfacDates.one("04/22/2020")).isEqualTo("2020-04-22");
  }

  @Test
  void personFacts() {
    Entity e = parse(Schemata.PERSON, "DOB 27 Apr 1970; alt. DOB 1971; POB Kyiv, Ukraine; nationality Ukraine; "
        + "citizen Russia; Gender Male; Passport G025057 issued 23 Jun 1999 expires 05 Feb 2004; "
        + "alt. Passport RL 1622378 (Lebanon); National ID No. 114671230001 (United Kingdom); "
        + "Tax ID No. 7707083893 (Russia); Member of the State Duma of the Federal Assembly of the Russian Federation.")
        .entity.build();
    assertThat(e.get(Prop.BIRTH_DATE)).containsExactly("1970-04-27", "1971");
    assertThat(e.get(Prop.BIRTH_PLACE)).containsExactly("Kyiv, Ukraine");
    assertThat(e.get(Prop.NATIONALITY)).containsExactly("ua");
    assertThat(e.get(Prop.CITIZENSHIP)).containsExactly("ru");
    assertThat(e.get(Prop.GENDER)).containsExactly("male");
    assertThat(e.get(Prop.PASSPORT_NUMBER)).containsExactly("G025057", "RL 1622378");
    assertThat(e.get(Prop.ID_NUMBER)).containsExactly("114671230001");
    // 7707083893 is Sberbank's INN: valid check digit, Russian
    assertThat(e.get(Prop.INN_CODE)).containsExactly("7707083893");
    assertThat(e.get("position")).containsExactly("Member of the State Duma of the Federal Assembly of the Russian Federation");
  }

  @Test
  void identifiersGoToTypedPropertiesOnlyWhenTheirCheckDigitHolds() {
    Entity e = parse(Schemata.COMPANY, "Tax ID No. 7707083890 (Russia); Tax ID No. 100036386 (Serbia); "
        + "Registration Number 1027700132195 (Russia); Registration Number 1027700132196 (Russia); "
        + "Government Gazette Number 00032253 (Russia); SWIFT/BIC SABRRUMM; Legal Entity Number 253400V1H6ART1UQ0N98 (Russia); "
        + "Organization Established Date 20 Jun 1991; Website www.sberbank.ru; Email Address info@x.ru; "
        + "Target Type Financial Institution")
        .entity.build();
    assertThat(e.get(Prop.INN_CODE)).isEmpty();
    assertThat(e.get(Prop.TAX_NUMBER)).containsExactly("7707083890", "100036386");
    assertThat(e.get(Prop.OGRN_CODE)).containsExactly("1027700132195");
    assertThat(e.get(Prop.REGISTRATION_NUMBER)).contains("1027700132196");
    assertThat(e.get("okpoCode")).containsExactly("00032253");
    assertThat(e.get(Prop.SWIFT_BIC)).containsExactly("SABRRUMM");
    assertThat(e.get(Prop.INCORPORATION_DATE)).containsExactly("1991-06-20");
    assertThat(e.get(Prop.WEBSITE)).containsExactly("www.sberbank.ru");
    assertThat(e.get(Prop.EMAIL)).containsExactly("info@x.ru");
    assertThat(e.get("classification")).containsExactly("Financial Institution");
  }

  @Test
  void vesselWalletsLinksAndDirectives() {
    Facts v = parse(Schemata.VESSEL, "Vessel Registration Identification IMO 9187629; MMSI 273212400; "
        + "Former Vessel Flag Malta; f.k.a. 'OLD NAME'; a.k.a. 'SHORT'");
    Entity vessel = v.entity.build();
    assertThat(vessel.get(Prop.IMO_NUMBER)).containsExactly("IMO9187629");
    assertThat(vessel.get(Prop.MMSI)).containsExactly("273212400");
    assertThat(vessel.get("pastFlags")).containsExactly("mt");
    assertThat(vessel.get(Prop.PREVIOUS_NAME)).containsExactly("OLD NAME");
    assertThat(vessel.get(Prop.WEAK_ALIAS)).containsExactly("SHORT");

    Facts o = parse(Schemata.ORGANIZATION, "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h; "
        + "alt. Digital Currency Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96; Linked To: SOME BANK; "
        + "Executive Order 13662 Directive Determination - Subject to Directive 2; "
        + "Executive Order 14024 Directive Information Subject to Directive 1a - As of the effective date, ...; "
        + "Listing Date (EO 14024 Directive 1a): 22 Feb 2022; Effective Date (EO 14024 Directive 1a): 01 Mar 2022; "
        + "Secondary sanctions risk: section 1(b) of Executive Order 13224");
    assertThat(o.wallets).extracting(Facts.Wallet::currency).containsExactly("XBT", "ETH");
    assertThat(o.linkedTo).containsExactly("SOME BANK");
    assertThat(o.provisions).containsExactly("EO 13662 Directive 2", "EO 14024 Directive 1A");
    assertThat(o.sanctionText).contains("EO 14024 Directive 1A listing date 2022-02-22",
        "EO 14024 Directive 1A effective date 2022-03-01", "Secondary sanctions risk: section 1(b) of Executive Order 13224");
    // a wallet address cut short is not a wallet
    assertThat(parse(Schemata.ORGANIZATION, "Digital Currency Address - XBT 1Gq").wallets).isEmpty();
  }

  @Test
  void propertiesTheSchemaLacksAreSkippedNotForced() {
    // a company has no birthDate or nationality; a passport on an organization is an idNumber
    Entity e = parse(Schemata.ORGANIZATION, "DOB 1970; nationality Russia; Passport X123").entity.build();
    assertThat(e.properties()).containsOnlyKeys(Prop.ID_NUMBER);
  }
}

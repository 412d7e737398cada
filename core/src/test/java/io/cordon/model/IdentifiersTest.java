package io.cordon.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.match.MatchQuery;
import io.cordon.match.Scorers;
import io.cordon.rules.Listings;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one identifier normalisation. Before it there were three with different rules: the index
 * (any letter or digit, IMO prefix dropped, at least 4 characters), the scorer (same but kept the
 * IMO prefix, so a candidate the index found by "IMO 9123456" got no identifier credit for
 * "9123456") and the trade rules (ASCII letters only, so "АВ 123456" became "123456"; no minimum
 * length). The index's rules won; each case below is one where the others answered differently.
 */
class IdentifiersTest {

  @Test
  void caseSpacesAndPunctuationDoNotMatter() {
    assertThat(Identifiers.normalise("ab-12 345")).isEqualTo("AB12345");
    assertThat(Identifiers.normalise(" RU 7701/234 ")).isEqualTo("RU7701234");
    assertThat(Identifiers.normalise(null)).isEmpty();
  }

  @Test
  void imoPrefixIsDroppedOnlyBeforeSevenDigits() {
    // the scorer and the trade rules used to keep "IMO9123456"
    assertThat(Identifiers.normalise("IMO 9123456")).isEqualTo("9123456");
    assertThat(Identifiers.normalise("imo9123456")).isEqualTo("9123456");
    assertThat(Identifiers.normalise("9123456")).isEqualTo("9123456");
    assertThat(Identifiers.normalise("IMO 91234567")).isEqualTo("IMO91234567");
    assertThat(Identifiers.normalise("IMOX123456")).isEqualTo("IMOX123456");
  }

  @Test
  void lettersOfAnyScriptArePartOfTheNumber() {
    // the trade rules used to drop non-ASCII letters: "АВ 123456" (Cyrillic) became "123456"
    assertThat(Identifiers.normalise("АВ 123456")).isEqualTo("АВ123456");
    assertThat(Identifiers.normalise("АВ 123456")).isNotEqualTo(Identifiers.normalise("123456"));
  }

  @Test
  void tooShortValuesIdentifyNothing() {
    // the trade rules used to look up "A1" and "12"
    assertThat(Identifiers.normalise("A-1")).isEmpty();
    assertThat(Identifiers.normalise("123")).isEmpty();
    assertThat(Identifiers.keys("12")).isEmpty();
    assertThat(Identifiers.normalise("1234")).isEqualTo("1234");
  }

  @Test
  void headOfficeBicIsAlsoLookedUpAsBic8() {
    assertThat(Identifiers.keys("sabr ru mm xxx")).containsExactly("SABRRUMMXXX", "SABRRUMM");
    assertThat(Identifiers.keys("SABRRUMM012")).containsExactly("SABRRUMM012");
    assertThat(Identifiers.keys("SABRRUMM")).containsExactly("SABRRUMM");
  }

  @Test
  void identifierPropertiesOfAnEntity() {
    Entity vessel = Entity.builder("v1", "Vessel").add(Prop.NAME, "OCEAN STAR").add(Prop.IMO_NUMBER, "IMO 9123456")
        .add("callSign", "A1").build();
    assertThat(Identifiers.values(vessel)).containsExactlyInAnyOrder("IMO 9123456", "A1");
    assertThat(Identifiers.of(vessel)).containsExactly("9123456");
    Entity wallet = Entity.builder("w1", "CryptoWallet").add("publicKey", "0xAbC1-2345").build();
    assertThat(Identifiers.of(wallet)).containsExactly("0XABC12345");
  }

  @Test
  void scorerAndTradeRulesAgreeOnAnImoWrittenTwoWays() {
    Entity vessel = Entity.builder("v1", "Vessel").add(Prop.NAME, "OCEAN STAR").add(Prop.IMO_NUMBER, "IMO 9123456")
        .dataset("test").build();
    var r = Scorers.standard().score(new MatchQuery("Vessel", List.of("Ocean Star"), List.of(), List.of(),
        List.of("9123456"), null), vessel);
    assertThat(r.explanations()).anyMatch(x -> x.feature().equals("identifier_match") && x.score() > 0);
    assertThat(Listings.of(List.of(vessel)).byIdentifier("9123456")).extracting(Entity::id).containsExactly("v1");
    assertThat(Listings.of(List.of(vessel)).byIdentifier("IMO9123456")).extracting(Entity::id).containsExactly("v1");
  }
}

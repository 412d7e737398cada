package io.cordon.names;

import java.util.Map;
import java.util.Set;

/** Word lists of name analysis: titles and honorifics, particles, stop words, abbreviations. */
final class Vocabulary {
  private Vocabulary() {}

  /** Titles and honorifics of persons, dropped before comparison (folded, in the languages lists use). */
  static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "mister", "madam", "dr", "doctor", "prof", "professor", "sir", "dame", "lord",
      "lady", "hon", "honorable", "honourable", "rev", "reverend", "excellency",
      "president", "presidente", "prezident", "praesident", "prasident", "predsjednik", "presedintele",
      "presiden", "elnok", "prezydent", "presidentti", "presidenten", "presidentas", "prezidents",
      "gospodin", "gospozha", "herr", "frau", "monsieur", "mme", "senor", "senora",
      "sheikh", "shaikh", "sheik", "shaykh", "cheikh", "haji", "hajji", "hadji", "alhaj", "alhaji", "mullah",
      "mulla", "maulana", "maulvi", "mawlawi", "moulavi", "imam", "ayatollah", "hojatoleslam", "sayyid", "sayed",
      "general", "colonel", "col", "captain", "capt", "lieutenant", "admiral",
      "brigadier", "commander", "sgt", "sergeant", "minister", "senator", "governor");

  /** Titles that only ever precede a person's name: dropped even when the schema is unknown. */
  static final Set<String> HONORIFICS = Set.of(
      "mr", "mrs", "mister", "dr", "prof", "president", "presidente", "prezident", "praesident", "prasident",
      "sheikh", "shaikh", "shaykh", "haji", "hajji", "alhaji", "mullah", "maulana", "maulvi", "ayatollah", "herr",
      "frau", "monsieur", "mme", "gospodin");

  /** Vessel prefixes (MV Hellenic Spirit), dropped from vessel names. */
  static final Set<String> VESSEL_PREFIXES = Set.of("mv", "mt", "ms", "mts", "ss", "fv", "my", "sy", "rv");

  /** Name particles of persons: kept, but they carry little identity. */
  static final Set<String> PARTICLES = Set.of(
      "bin", "ibn", "ben", "bint", "binti", "bte", "al", "el", "ul", "abu", "abou", "umm", "ould", "ag",
      "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "la", "le", "zu", "ter",
      "mac", "na", "oglu", "ogly", "kyzy");

  /** Particles saying "son/daughter of": the next name is the father's. */
  static final Set<String> FILIATION = Set.of("bin", "ibn", "ben", "bint", "binti", "ould");

  static final Set<String> STOPWORDS = Set.of(
      "the", "of", "and", "for", "in", "on", "at", "und", "et", "y", "des", "der", "die", "das", "del",
      "de", "la", "le", "les", "du", "di", "da", "to", "an");

  /** Spelling equivalences folded onto one form (both sides of a comparison get the same). */
  static final Map<String, String> CANONICAL = Map.ofEntries(
      Map.entry("ibn", "bin"), Map.entry("ben", "bin"), Map.entry("intl", "international"),
      Map.entry("int", "international"), Map.entry("natl", "national"), Map.entry("assn", "association"),
      Map.entry("dept", "department"), Map.entry("univ", "university"), Map.entry("mfg", "manufacturing"),
      Map.entry("bros", "brothers"), Map.entry("svcs", "services"), Map.entry("intern", "international"),
      Map.entry("organisation", "organization"), Map.entry("labour", "labor"), Map.entry("centre", "center"),
      Map.entry("el", "al"), Map.entry("ul", "al"),
      Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
      Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
      Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("first", "1st"), Map.entry("second", "2nd"),
      Map.entry("third", "3rd"));

  /** Patronymic endings (Russian, Ukrainian, and their romanisations in many languages). */
  static final String[] PATRONYMIC_ENDINGS = {
      "ovich", "evich", "ovych", "evych", "ovitch", "evitch", "owitsch", "ewitsch", "owitch", "ovitsj", "ovitj",
      "evitj", "ovics", "evics", "ovici", "evici", "ovic", "evic", "owicz", "ewicz", "ovitx", "ovna", "evna",
      "ivna", "ichna", "ovnaya", "ogly", "oglu", "kyzy", "ovitsch", "evitsch", "ovitz"};
}

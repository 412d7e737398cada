package io.cordon.names;

/** What one token of a name is, which decides how much it counts when names are compared. */
public enum PartTag {
  /** first given name of a person */
  GIVEN,
  /** further given names of a person */
  MIDDLE,
  /** family name of a person (the last word, or the word before "SURNAME, Given"'s comma) */
  FAMILY,
  /** Russian-style patronymic (Vladimirovich, Vladimirovna, -ovych, -owitsch, ...) */
  PATRONYMIC,
  /** a single letter standing for a name */
  INITIAL,
  /** bin, ibn, al, abu, van, von, de, ...: carries little identity */
  PARTICLE,
  /** a word of an organisation, vessel or unknown party's name */
  WORD,
  /** a number (kept: "Brigade 44", "Fund XII") */
  NUMBER,
  /** an organisation legal form, replaced by its shared symbol (LLC, JSC, ...) */
  LEGAL_FORM,
  /** the, of, and, ...: almost no identity */
  STOPWORD
}

package io.cordon.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kind of instrument traded, funds provided or service given. The debt kinds follow the
 * directives' own definition of "debt" (bonds, loans, extensions of credit, loan guarantees,
 * letters of credit, drafts, bankers acceptances, discount notes or bills, commercial paper).
 */
public enum Instrument {
  /** a bond or other debt security */
  BOND,
  /** shares or other equity (stock, share issuances, depositary receipts, other evidence of title) */
  EQUITY,
  /** lending funds (a loan, credit, or other extension of funds) */
  LOAN,
  /** a letter of credit (debt in the directives' sense) */
  LETTER_OF_CREDIT,
  /** commercial paper (debt in the directives' sense) */
  COMMERCIAL_PAPER,
  /** any other debt in the directives' sense: loan guarantees, drafts, bankers acceptances, discount notes or bills, extended payment terms */
  OTHER_DEBT,
  /** opening or maintaining a correspondent or payable-through account */
  CORRESPONDENT_ACCOUNT,
  /** anything else that is neither debt nor equity (payments, goods, services, technology) */
  OTHER;

  /** Every kind the directives count as debt. */
  public static final Set<Instrument> DEBT = Set.copyOf(EnumSet.of(BOND, LOAN, LETTER_OF_CREDIT, COMMERCIAL_PAPER, OTHER_DEBT));

  /** The user-facing spelling, e.g. {@code letter-of-credit}. */
  public String label() {
    return Labels.label(this);
  }

  /** Parses the user-facing spelling (case and - or _ do not matter). */
  public static Instrument parse(String s) {
    return Labels.parse(Instrument.class, s, "instrument");
  }
}

package io.cordon.screening.payment;

/**
 * The role of a party or agent in a payment message, MT and MX alike. An institution role is a bank
 * (screened as an Organization); a customer role may be a person or a company (LegalEntity).
 */
public enum MessageRole {
  SENDER(true), RECEIVER(true),
  ORDERING_CUSTOMER(false), BENEFICIARY_CUSTOMER(false),
  ORDERING_INSTITUTION(true), SENDERS_CORRESPONDENT(true), RECEIVERS_CORRESPONDENT(true),
  THIRD_REIMBURSEMENT_INSTITUTION(true), INTERMEDIARY(true), ACCOUNT_WITH_INSTITUTION(true),
  BENEFICIARY_INSTITUTION(true),
  DEBTOR(false), CREDITOR(false), ULTIMATE_DEBTOR(false), ULTIMATE_CREDITOR(false), INITIATING_PARTY(false),
  DEBTOR_AGENT(true), CREDITOR_AGENT(true), INTERMEDIARY_AGENT(true), INSTRUCTING_AGENT(true),
  INSTRUCTED_AGENT(true), PREVIOUS_INSTRUCTING_AGENT(true), FORWARDING_AGENT(true),
  /** free text of the message (remittance information, instructions, regulatory reporting) */
  TEXT(false);

  private final boolean institution;

  MessageRole(boolean institution) {
    this.institution = institution;
  }

  /** True for banks and other financial institutions. */
  public boolean institution() {
    return institution;
  }

  /** The FtM schema a name in this role is screened as. */
  public String schema() {
    return institution ? "Organization" : "LegalEntity";
  }

  /** e.g. {@code account-with institution}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace("senders_", "sender's ").replace("receivers_", "receiver's ")
        .replace('_', ' ');
  }
}

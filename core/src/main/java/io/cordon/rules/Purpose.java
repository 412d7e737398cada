package io.cordon.rules;

/**
 * What a transaction is for, as far as a rule or a general licence turns on it (GL 8 series:
 * "related to energy"; GL 13 series: taxes, fees, import duties, permits; EO 13662 Directive 4:
 * deepwater, Arctic offshore or shale oil projects). A request may give several.
 */
public enum Purpose {
  /** related to energy (GL 8 series): extraction, production, refinement, liquefaction, gasification, regasification, conversion, enrichment, fabrication, transport or purchase of petroleum, natural gas, coal, wood, agricultural products used to manufacture biofuels, uranium, electricity */
  ENERGY,
  /** paying taxes, fees or import duties, or buying or receiving permits, licences, registrations or certifications (GL 13 series) */
  TAX,
  /** exploration or production for a deepwater oil project (more than 500 feet of water) */
  DEEPWATER_OIL,
  /** exploration or production for an Arctic offshore oil project */
  ARCTIC_OFFSHORE_OIL,
  /** exploration or production for a shale oil project */
  SHALE_OIL,
  /** related to the management of the reserves or assets of the Central Bank of Russia (EU Regulation 833/2014 Art. 5a(4)) */
  RESERVES,
  /** agricultural commodities, medicine, medical devices */
  AGRICULTURE_MEDICINE,
  /** none of the above */
  OTHER;

  /** The user-facing spelling, e.g. {@code deepwater-oil}. */
  public String label() {
    return Labels.label(this);
  }

  /** Parses the user-facing spelling (case and - or _ do not matter). */
  public static Purpose parse(String s) {
    return Labels.parse(Purpose.class, s, "purpose");
  }
}

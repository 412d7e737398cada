package io.cordon.sources;

/**
 * The list file formats Cordon reads, each with the OpenSanctions-style dataset name used as the
 * default source name for files of that format.
 */
public enum ListFormat {
  /** OFAC legacy CSV set: sdn.csv (+ add.csv, alt.csv, sdn_comments.csv). */
  OFAC_SDN_CSV("us_ofac_sdn"),
  /** OFAC non-SDN consolidated CSV set: cons_prim.csv (+ cons_add, cons_alt, cons_comments). */
  OFAC_CONS_CSV("us_ofac_cons"),
  /** OFAC legacy SDN.XML. */
  OFAC_SDN_XML("us_ofac_sdn"),
  /** UN Security Council consolidated XML. */
  UN_SC_XML("un_sc_sanctions"),
  /** EU Financial Sanctions Files XML. */
  EU_FSF_XML("eu_fsf"),
  /** UK HMT/OFSI consolidated list CSV (2018 and 2020 layouts). */
  UK_HMT_CSV("gb_hmt_sanctions"),
  /** UK FCDO Sanctions List XML (new format). */
  UK_FCDO_XML("gb_fcdo_sanctions"),
  /** Canada SEMA consolidated autonomous sanctions list XML. */
  CA_SEMA_XML("ca_dfatd_sema_sanctions"),
  /** Swiss SECO sanctions list XML. */
  CH_SECO_XML("ch_seco_sanctions"),
  /** FollowTheMoney entities, one JSON object per line. */
  FTM_JSON("ftm"),
  /** Senzing entity JSON (one record per line), as OpenSanctions publishes PEP data. */
  SENZING_JSON("senzing"),
  /** Cordon's custom list CSV (internal block lists, persona non grata lists). */
  CUSTOM_CSV("custom"),
  /** Cordon's custom list YAML. */
  CUSTOM_YAML("custom");

  private final String defaultSource;

  ListFormat(String defaultSource) {
    this.defaultSource = defaultSource;
  }

  /** The source name used when the user gives none (OpenSanctions dataset names where one exists). */
  public String defaultSource() {
    return defaultSource;
  }

  /** Parses a user-supplied format name such as {@code ofac-sdn-csv} or {@code OFAC_SDN_CSV}. */
  public static ListFormat parse(String s) {
    String norm = s.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (ListFormat f : values()) {
      if (f.name().equals(norm)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown list format '" + s + "'; known: "
        + java.util.Arrays.toString(values()).toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
  }

  /** The user-facing spelling, e.g. {@code ofac-sdn-csv}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}

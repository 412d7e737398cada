package io.cordon.sources.ofac;

import java.util.ArrayList;
import java.util.List;

/**
 * One listed entry as OFAC's files describe it, before it becomes FtM entities: the main row, its
 * addresses and alternate names, and its remarks. The CSV and XML readers both fill this, so that
 * both formats share one mapping. Mutable while a file is read, then handed to {@link OfacMapper}.
 */
final class OfacTarget {
  /** One address row: street, "city state postal code", country. */
  record Address(String street, String city, String country) {}

  /** One alternate name: kind ({@code aka}, {@code fka}, {@code nka}), name, and whether OFAC marks it weak. */
  record Alt(String kind, String name, boolean weak) {}

  final String entNum;
  String name = "";
  /** Explicit name parts (SDN XML gives them; for the CSV they come from "LAST, First"). */
  String firstName = "";
  String lastName = "";
  /** individual, vessel, aircraft, or empty for an entity. */
  String type = "";
  final List<String> programs = new ArrayList<>();
  String title = "";
  String callSign = "";
  String vesselType = "";
  String tonnage = "";
  String grossTonnage = "";
  String vesselFlag = "";
  String vesselOwner = "";
  final StringBuilder remarks = new StringBuilder();
  /** True when the remarks hit OFAC's column limit and no continuation (sdn_comments) was found. */
  boolean remarksCut;
  /** Structured facts in remark syntax ("DOB 05 Jun 1950", "Passport X (Country)"), from SDN XML. */
  final List<String> facts = new ArrayList<>();
  final List<Address> addresses = new ArrayList<>();
  final List<Alt> alts = new ArrayList<>();

  OfacTarget(String entNum) {
    this.entNum = entNum;
  }

  private static final java.util.regex.Pattern PROGRAM_SEP = java.util.regex.Pattern.compile("\\]\\s*\\[");

  /** Splits the program field: {@code NPWMD] [CYBER2] [RUSSIA-EO14024} into its codes. */
  static List<String> programs(String field) {
    List<String> out = new ArrayList<>();
    if (field.isEmpty()) {
      return out;
    }
    for (String p : PROGRAM_SEP.split(field)) {
      String v = p.replace("[", "").replace("]", "").strip();
      if (!v.isEmpty() && !out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }
}

package io.cordon.cases;

import io.cordon.common.Sha256;
import io.cordon.model.Entity;
import io.cordon.model.Prop;
import java.util.List;
import java.util.TreeSet;

/** Content hashes of parties, list entries and audit rows (SHA-256, lower-case hex). */
public final class Hashing {
  private Hashing() {}

  /**
   * The properties of a list entry that screening reads. A change elsewhere (remarks, programs,
   * addresses) does not re-open a cleared hit; a change here does.
   */
  static final List<String> ENTITY_PROPS = List.of(Prop.NAME, Prop.ALIAS, Prop.PREVIOUS_NAME, Prop.WEAK_ALIAS,
      Prop.FIRST_NAME, Prop.MIDDLE_NAME, Prop.LAST_NAME, Prop.FATHER_NAME, Prop.BIRTH_DATE, Prop.NATIONALITY,
      Prop.CITIZENSHIP, Prop.COUNTRY, Prop.JURISDICTION, Prop.GENDER, Prop.PASSPORT_NUMBER, Prop.ID_NUMBER,
      Prop.TAX_NUMBER, Prop.INN_CODE, Prop.OGRN_CODE, Prop.LEI_CODE, Prop.SWIFT_BIC, Prop.IMO_NUMBER, Prop.MMSI,
      Prop.ISIN, Prop.REGISTRATION_NUMBER, Prop.CALL_SIGN, Prop.FLAG);

  public static String sha256Hex(String text) {
    return Sha256.hex(text);
  }

  /** Hash of the screening-relevant content of a list entry (id included: another entry is another hit). */
  public static String entityHash(Entity e) {
    StringBuilder b = new StringBuilder();
    field(b, "id", List.of(e.id()));
    field(b, "schema", List.of(e.schema()));
    for (String p : ENTITY_PROPS) {
      field(b, p, new TreeSet<>(e.get(p)));
    }
    return sha256Hex(b.toString());
  }

  /** Appends {@code name=v1,v2;} with separators escaped, so that no two contents share a text. */
  static void field(StringBuilder b, String name, Iterable<String> values) {
    b.append(name).append('=');
    boolean first = true;
    for (String v : values) {
      if (!first) {
        b.append(',');
      }
      first = false;
      escape(b, v);
    }
    b.append(';');
  }

  static void escape(StringBuilder b, String v) {
    if (v == null) {
      b.append("\\0");
      return;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '\\', ',', ';', '=', '|' -> b.append('\\').append(c);
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> b.append(c);
      }
    }
  }
}

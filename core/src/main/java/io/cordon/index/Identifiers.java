package io.cordon.index;

import io.cordon.model.Entity;
import io.cordon.model.FtmModel;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Normalised identifiers (IMO, passport, INN, OGRN, LEI, BIC, ISIN, wallet addresses...) for exact
 * lookup. Lists write the same number many ways ("IMO 9123456", "9123456"; "AB-12 345"); only
 * letters and digits are kept, upper-cased, and known prefixes are dropped.
 */
public final class Identifiers {
  private Identifiers() {}

  /** Shortest normalised identifier kept: shorter codes ("12", "A1") collide across entities. */
  static final int MIN_LENGTH = 4;

  /** The normalised form of one identifier value, or empty when too short to identify anything. */
  public static String normalise(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    String s = sb.toString();
    // "IMO 9123456" and "9123456" name the same vessel.
    if (s.length() == 10 && s.startsWith("IMO") && s.substring(3).chars().allMatch(Character::isDigit)) {
      s = s.substring(3);
    }
    return s.length() < MIN_LENGTH ? "" : s.toUpperCase(Locale.ROOT);
  }

  /** Normalised values of every identifier-typed property of the entity, per the FtM model. */
  public static Set<String> of(Entity entity) {
    Set<String> out = new LinkedHashSet<>();
    FtmModel.SchemaSpec spec = FtmModel.get().schema(entity.schema()).orElse(null);
    if (spec == null) {
      return out;
    }
    entity.properties().forEach((prop, values) -> {
      boolean identifier = spec.property(prop).map(p -> "identifier".equals(p.type())).orElse(false);
      if (identifier) {
        for (String v : values) {
          String n = normalise(v);
          if (!n.isEmpty()) {
            out.add(n);
          }
        }
      }
    });
    return out;
  }
}

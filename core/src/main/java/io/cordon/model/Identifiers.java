package io.cordon.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one normalisation of identifiers (IMO, passport, INN, OGRN, LEI, BIC, ISIN, wallet
 * addresses...) for exact comparison, used by the candidate index, the scorer and the trade rules.
 * Lists write the same number many ways ("IMO 9123456", "9123456"; "AB-12 345"): only letters and
 * digits are kept (any script: a Cyrillic passport series is part of the number), upper-cased, and
 * the "IMO" prefix of an IMO number is dropped. Values shorter than {@link #MIN_LENGTH} identify
 * nothing.
 */
public final class Identifiers {
  private Identifiers() {}

  /** Shortest normalised identifier kept: shorter codes ("12", "A1") collide across entities. */
  public static final int MIN_LENGTH = 4;

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

  /**
   * The keys under which a value is looked up: its normalised form and, for a BIC11 with the
   * primary-office branch code XXX, the BIC8 (the same institution). Empty when the value is too
   * short.
   */
  public static Set<String> keys(String value) {
    Set<String> out = new LinkedHashSet<>();
    String n = normalise(value);
    if (n.isEmpty()) {
      return out;
    }
    out.add(n);
    if (n.length() == 11 && n.endsWith("XXX") && n.substring(0, 6).chars().allMatch(Character::isLetter)) {
      out.add(n.substring(0, 8));
    }
    return out;
  }

  /** The values, as written, of every identifier-typed property of the entity, per the FtM model. */
  public static List<String> values(Entity entity) {
    List<String> out = new ArrayList<>();
    FtmModel.get().schema(entity.schema()).ifPresent(spec -> entity.properties().forEach((prop, vs) -> {
      if (spec.property(prop).map(p -> "identifier".equals(p.type())).orElse(false)) {
        out.addAll(vs);
      }
    }));
    return out;
  }

  /** Normalised values of every identifier-typed property of the entity (too short ones left out). */
  public static Set<String> of(Entity entity) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values(entity)) {
      String n = normalise(v);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }
}

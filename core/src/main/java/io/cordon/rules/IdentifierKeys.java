package io.cordon.rules;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Identifier comparison keys: case, spaces and punctuation do not matter; a BIC matches with or without branch XXX. */
final class IdentifierKeys {
  private IdentifierKeys() {}

  static String norm(String v) {
    return v.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
  }

  static Set<String> keys(String v) {
    Set<String> out = new LinkedHashSet<>();
    String n = norm(v);
    if (n.isEmpty()) {
      return out;
    }
    out.add(n);
    // a BIC11 with the primary-office branch code XXX names the same institution as the BIC8
    if (n.length() == 11 && n.endsWith("XXX") && n.substring(0, 6).chars().allMatch(Character::isLetter)) {
      out.add(n.substring(0, 8));
    }
    return out;
  }
}

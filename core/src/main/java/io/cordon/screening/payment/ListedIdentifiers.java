package io.cordon.screening.payment;

import io.cordon.model.Entity;
import io.cordon.model.Prop;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BICs and IMO numbers of the listed entities, for exact lookup. A BIC matches on its first eight
 * characters (the institution and location): a listed head-office BIC ({@code SABRRUMM} or
 * {@code SABRRUMMXXX}) catches every branch, and a listed branch BIC catches the institution's other
 * BICs too, since a branch is the same legal person.
 */
public final class ListedIdentifiers {
  private final Map<String, List<Listed>> bics = new HashMap<>();
  private final Map<String, List<Entity>> imos = new HashMap<>();

  /** A listed BIC and its entity. */
  public record Listed(Entity entity, String bic) {}

  public ListedIdentifiers(Collection<Entity> entities) {
    for (Entity e : entities) {
      for (String b : e.get(Prop.SWIFT_BIC)) {
        String n = b.strip().toUpperCase(Locale.ROOT);
        if (n.length() >= 8) {
          bics.computeIfAbsent(n.substring(0, 8), k -> new ArrayList<>()).add(new Listed(e, n));
        }
      }
      for (String imo : e.get(Prop.IMO_NUMBER)) {
        String d = imo.replaceAll("\\D", "");
        if (d.length() == 7) {
          imos.computeIfAbsent(d, k -> new ArrayList<>()).add(e);
        }
      }
    }
  }

  /** Listed entities whose BIC shares the institution code (first 8 characters) with {@code bic}. */
  public List<Listed> byBic(String bic) {
    String n = bic.strip().toUpperCase(Locale.ROOT);
    return n.length() < 8 ? List.of() : bics.getOrDefault(n.substring(0, 8), List.of());
  }

  /** Listed vessels (and companies) with this IMO number (7 digits). */
  public List<Entity> byImo(String digits) {
    return imos.getOrDefault(digits, List.of());
  }
}

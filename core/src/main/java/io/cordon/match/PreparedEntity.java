package io.cordon.match;

import io.cordon.model.Entity;
import io.cordon.model.Identifiers;
import io.cordon.model.Prop;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A listed entity analysed once for scoring: its names (strong and weak aliases apart), normalised
 * identifiers, birth dates, countries and gender. Immutable, thread-safe, independent of any
 * query; keep one per entity beside the index (see {@link Scorer}). Obtain with
 * {@link Scorer#prepare(Entity)}.
 */
public final class PreparedEntity {
  private final Entity entity;
  final List<CompiledName> names;
  final List<CompiledName> weakNames;
  final List<OfacName> ofacNames;
  final Set<String> identifiers;
  final List<String> birthDates;
  final Set<String> countries;
  final String gender;

  private PreparedEntity(Entity entity) {
    this.entity = entity;
    this.names = Prepared.compile(entity.names(), entity.schema(), false);
    this.weakNames = Prepared.compile(entity.get(Prop.WEAK_ALIAS), entity.schema(), true);
    List<String> all = new ArrayList<>(entity.names());
    all.addAll(entity.get(Prop.WEAK_ALIAS));
    this.ofacNames = Prepared.ofac(all);
    this.identifiers = Set.copyOf(Identifiers.of(entity));
    this.birthDates = List.copyOf(entity.get(Prop.BIRTH_DATE));
    this.countries = Set.copyOf(Prepared.countries(entity));
    String g = entity.first(Prop.GENDER);
    this.gender = g == null ? null : g.toLowerCase(Locale.ROOT);
  }

  /** Analyses an entity (slow: transliteration and tokenisation of every name). */
  public static PreparedEntity of(Entity entity) {
    return new PreparedEntity(Objects.requireNonNull(entity, "entity"));
  }

  public Entity entity() {
    return entity;
  }
}

package io.cordon.sources.support;

import io.cordon.model.Prop;
import io.cordon.model.Schemata;

/** The Sanction link record every list target gets: who listed it, under what, since when. */
public final class Sanctions {
  private Sanctions() {}

  /** A Sanction draft pointing at {@code targetId}, with id {@code targetId-sanction[-suffix]}. */
  public static Draft draft(Collector c, String targetId, String suffix, String authority) {
    String id = targetId + "-sanction" + (suffix == null || suffix.isBlank() ? "" : "-" + Ids.slug(suffix));
    return c.draft(id, Schemata.SANCTION).add(Prop.ENTITY, targetId).add(Prop.AUTHORITY, authority);
  }
}

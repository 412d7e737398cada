package io.cordon.sources.support;

import java.util.ArrayList;
import java.util.List;

/** Collects the per-record warnings of one read, for {@link io.cordon.sources.ParsedList#warnings()}. */
public final class Warnings {
  private final List<String> items = new ArrayList<>();

  public void add(String message) {
    items.add(message);
  }

  public List<String> list() {
    return List.copyOf(items);
  }

  public int size() {
    return items.size();
  }
}

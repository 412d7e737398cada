package io.cordon.sources;

import io.cordon.model.Entity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The list adapters available in this build, one per {@link ListFormat}, found with
 * {@link ServiceLoader} (each adapter module lists its classes in
 * {@code META-INF/services/io.cordon.sources.ListAdapter}). Entry point for reading a list file:
 * detects the format when none is given, reads, and checks the result as a whole (at least one
 * target, unique ids) so that callers never see a half-read list.
 */
public final class ListAdapters {
  private final Map<ListFormat, ListAdapter> adapters;

  /** The given adapters; two for one format is a programming error. */
  public ListAdapters(Collection<? extends ListAdapter> adapters) {
    Map<ListFormat, ListAdapter> m = new EnumMap<>(ListFormat.class);
    for (ListAdapter a : adapters) {
      ListAdapter old = m.put(a.format(), a);
      if (old != null && !old.getClass().equals(a.getClass())) {
        throw new IllegalStateException("two adapters for " + a.format().label() + ": "
            + old.getClass().getName() + " and " + a.getClass().getName());
      }
    }
    this.adapters = m;
  }

  /** The adapters registered with ServiceLoader on this class's class path. */
  public static ListAdapters load() {
    return new ListAdapters(ServiceLoader.load(ListAdapter.class, ListAdapters.class.getClassLoader())
        .stream().map(ServiceLoader.Provider::get).toList());
  }

  /** Formats that have an adapter. */
  public Set<ListFormat> formats() {
    return java.util.Collections.unmodifiableSet(adapters.keySet());
  }

  /** The adapter for {@code format}; {@link IllegalArgumentException} naming what exists when none. */
  public ListAdapter forFormat(ListFormat format) {
    ListAdapter a = adapters.get(format);
    if (a == null) {
      throw new IllegalArgumentException("no adapter for list format " + format.label()
          + " in this build; available: " + available());
    }
    return a;
  }

  /**
   * Reads the list at {@code path} (file, or folder of an OFAC CSV set) in {@code format}, or in
   * the format {@link FormatDetector} finds when none is given.
   */
  public ParsedList read(Path path, Optional<ListFormat> format) throws IOException, ListFormatException {
    ListFormat f = format.isPresent() ? format.get() : FormatDetector.detect(path);
    ListAdapter a = adapters.get(f);
    if (a == null) {
      throw new ListFormatException(path, "format " + f.label() + " has no adapter in this build; available: "
          + available());
    }
    ParsedList list;
    try {
      list = a.read(path);
    } catch (IllegalArgumentException e) {
      // A value the entity model refuses: the file holds something the adapter did not expect.
      throw new ListFormatException(path, "cannot be read as " + f.label() + ": " + e.getMessage(), e);
    }
    if (list.targetCount() == 0) {
      throw new ListFormatException(path, "no entities read as " + f.label());
    }
    Set<String> ids = new HashSet<>();
    for (Entity e : list.entities()) {
      if (!ids.add(e.id())) {
        throw new ListFormatException(path, "entity id " + e.id() + " appears twice");
      }
    }
    return list;
  }

  private String available() {
    return adapters.isEmpty() ? "none" : adapters.keySet().stream().map(ListFormat::label).sorted().toList().toString();
  }
}

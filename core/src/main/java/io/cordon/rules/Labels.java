package io.cordon.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** User-facing spelling of enum constants: {@code FINANCIAL_INSTITUTION <-> financial-institution}. */
final class Labels {
  private Labels() {}

  static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is empty; one of " + known(type));
    }
    String norm = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(norm)) {
        return e;
      }
    }
    throw new IllegalArgumentException(field + ": unknown value '" + value + "'; one of " + known(type));
  }

  static <E extends Enum<E>> String known(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Labels::label).collect(Collectors.joining(", "));
  }
}

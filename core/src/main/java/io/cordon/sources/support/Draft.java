package io.cordon.sources.support;

import io.cordon.model.Entity;
import io.cordon.model.Prop;
import io.cordon.sources.IdFormats;
import java.util.Optional;

/**
 * A forgiving front to {@link Entity.Builder} for mapping list records: a value the model
 * refuses (a country name that is no country code, a malformed date) is kept as a note and
 * counted as a warning instead of failing the list. Structural errors still fail.
 */
public final class Draft {
  private final Entity.Builder builder;
  private final String id;
  private final Warnings warnings;

  public Draft(String id, String schema, String dataset, Warnings warnings) {
    this.builder = Entity.builder(id, schema).dataset(dataset);
    this.id = id;
    this.warnings = warnings;
  }

  public String id() {
    return id;
  }

  public String schema() {
    return builder.schema();
  }

  public boolean has(String property) {
    return builder.has(property);
  }

  /** Adds a value; when the model refuses it, notes it and warns. */
  public Draft add(String property, String value) {
    if (value == null || value.isBlank()) {
      return this;
    }
    if (tooLong(property, value.strip())) {
      Optional<String> number = Texts.trailingNumber(value.strip());
      if (number.isPresent() && !tooLong(property, number.get())) {
        // "French passport number 05AT521433": the number typed, the sentence in the notes.
        note(property + ": " + value.strip());
        return add(property, number.get());
      }
      // FtM caps value lengths per type (identifier 64 or less, name 384, address 250, string
      // 1024); a longer "identifier" is really a description: keep it readable in the notes.
      warnings.add(id + ": " + property + " value of " + value.strip().length() + " characters kept in notes");
      return note(property + ": " + value.strip());
    }
    String fallback = checkDigitFallback(property, value.strip());
    if (fallback != null) {
      // A typed identifier with a bad check digit would fail FtM validation: keep it untyped.
      return add(fallback, value);
    }
    try {
      builder.add(property, value);
    } catch (IllegalArgumentException e) {
      warnings.add(id + ": " + e.getMessage() + "; kept in notes");
      note(property + ": " + value.strip());
    }
    return this;
  }

  private boolean tooLong(String property, String v) {
    if (v.length() <= 32) {
      return false;
    }
    String type = io.cordon.model.FtmModel.get().require(builder.schema()).property(property)
        .map(io.cordon.model.FtmModel.PropertySpec::type).orElse("");
    int max = switch (type) {
      case "identifier" -> 32;
      case "address", "email" -> 250;
      case "name" -> 384;
      case "string" -> 1024;
      case "url" -> 4096;
      default -> Integer.MAX_VALUE;
    };
    return v.length() > max;
  }

  /** The untyped property to use when a typed identifier fails its check digit, else null. */
  private String checkDigitFallback(String property, String v) {
    boolean ok = switch (property) {
      case "innCode" -> IdFormats.isInn(v);
      case "ogrnCode" -> IdFormats.isOgrn(v);
      case "leiCode" -> IdFormats.isLei(v);
      case "isin", "isinCode" -> IdFormats.isIsin(v);
      case "imoNumber" -> IdFormats.isImo(v);
      case "swiftBic" -> IdFormats.isBic(v);
      default -> true;
    };
    if (ok) {
      return null;
    }
    String generic = allows(Prop.REGISTRATION_NUMBER) ? Prop.REGISTRATION_NUMBER
        : allows(Prop.ID_NUMBER) ? Prop.ID_NUMBER : Prop.NOTES;
    if (property.equals("innCode")) {
      generic = allows(Prop.TAX_NUMBER) ? Prop.TAX_NUMBER : generic;
    }
    return generic;
  }

  public Draft add(String property, Optional<String> value) {
    value.ifPresent(v -> add(property, v));
    return this;
  }

  /** Adds a note when the schema has notes (Sanction does not: it gets a summary). */
  public Draft note(String text) {
    if (text != null && !text.isBlank() && !builder.addIfAllowed(Prop.NOTES, text)) {
      builder.addIfAllowed(Prop.SUMMARY, text);
    }
    return this;
  }

  /**
   * Adds a country given by name or code. Unknown country text is kept as a note
   * ("nationality: Kurdistan"), never an error: lists carry historic and informal names.
   */
  public Draft country(String property, String text) {
    if (text == null || text.isBlank()) {
      return this;
    }
    CountryText.Found found = CountryText.codes(text);
    found.codes().forEach(c -> builder.add(property, c));
    if (!found.complete()) {
      note(property + ": " + text.strip());
    }
    return this;
  }

  /** A date, ignoring values that are not dates (these are noted). */
  public Draft date(String property, String raw, Optional<String> parsed) {
    if (parsed.isPresent()) {
      add(property, parsed.get());
    } else if (raw != null && !raw.isBlank()) {
      note(property + ": " + raw.strip());
    }
    return this;
  }

  /** True when this draft's schema has the (non-stub) property. */
  public boolean allows(String property) {
    return io.cordon.model.FtmModel.get().require(builder.schema()).property(property)
        .filter(p -> !p.stub()).isPresent();
  }

  public Entity build() {
    return builder.build();
  }
}

package io.cordon.match;

import io.cordon.names.NameKind;
import io.cordon.names.PartTag;

/**
 * How much each kind of name part counts when names are compared: a family name more than a
 * middle name, a particle ("bin", "al") or stop word almost nothing. Legal forms are compared
 * apart (see {@link NamePartsFeature}).
 */
final class PartWeights {
  static final PartWeights STANDARD = new PartWeights();

  double of(PartTag tag, NameKind kind) {
    return switch (tag) {
      case FAMILY -> 1.2;
      case GIVEN -> 1.0;
      case MIDDLE -> 0.8;
      case PATRONYMIC -> 0.5;
      case INITIAL -> 0.3;
      case PARTICLE -> 0.2;
      case WORD -> 1.0;
      case NUMBER -> 0.5;
      case LEGAL_FORM -> 0.2;
      case STOPWORD -> 0.05;
    };
  }
}

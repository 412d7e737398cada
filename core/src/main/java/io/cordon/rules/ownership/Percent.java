package io.cordon.rules.ownership;

import java.math.BigDecimal;

/** Formats shares without binary noise (50, 25.5, not 50.0 or 25.499999). */
final class Percent {
  private Percent() {}

  static String format(double p) {
    return BigDecimal.valueOf(p).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}

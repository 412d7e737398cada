package io.cordon.screening.payment;

import java.util.Objects;

/**
 * One screenable value of a payment message and where it is.
 *
 * @param role   the party or agent it belongs to ({@link MessageRole#TEXT} for free text)
 * @param kind   what it is
 * @param field  the MT tag ({@code 59F}) or the MX element of the party ({@code Cdtr})
 * @param path   its place: {@code 59F line 1}, {@code CdtTrfTxInf/UltmtCdtr/Nm}
 * @param value  the value as written
 */
public record Element(MessageRole role, Kind kind, String field, String path, String value) {
  public Element {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(value, "value");
  }

  /** What a value is. */
  public enum Kind {
    NAME, BIC, ACCOUNT, ADDRESS, TOWN, SUBDIVISION, COUNTRY, TEXT
  }
}

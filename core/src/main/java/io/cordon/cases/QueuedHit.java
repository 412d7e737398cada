package io.cordon.cases;

/**
 * One hit of a queued payment message, as stored: the element and its place, what it matched, and
 * what became of it in the case queue.
 *
 * @param field         the MT tag or MX party element ({@code 59F}, {@code Cdtr})
 * @param path          the element's place ({@code 59F line 1}, {@code CdtTrfTxInf/Cdtr/Nm})
 * @param role          the party or agent role, for people
 * @param value         the element's value as written
 * @param matched       the part of the value that matched (the mention in a text field, else the value):
 *                      the good-guy list keys on it
 * @param kind          name, bic, vessel, country, rule, text (or {@code unreadable})
 * @param rule          the rule or programme that fired, or null
 * @param entityId      the listed entity, or the programme's pseudo-entity for a country hit
 * @param entityCaption its caption
 * @param score         in [0, 1]
 * @param explanation   for people
 * @param start         offset of the matched text in the raw message, or -1 when it could not be placed
 * @param end           offset after it, or -1
 * @param alertId       the alert raised for it, or 0 when a good-guy entry cleared it
 * @param clearedBy     the alert whose confirmed false positive cleared it, or 0
 */
public record QueuedHit(String field, String path, String role, String value, String matched, String kind,
                         String rule, String entityId, String entityCaption, double score, String explanation,
                         int start, int end, long alertId, long clearedBy) {

  /** Whether the hit is marked in the raw text. */
  public boolean placed() {
    return start >= 0 && end > start;
  }
}

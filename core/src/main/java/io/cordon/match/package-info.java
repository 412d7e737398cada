/**
 * Scoring a query against a candidate entity: one class per feature (names, identifiers, birth
 * dates, countries, gender, schema), the scorers ({@code Scorers.standard()}, {@code Scorers.ofac()})
 * and the {@code Explanation} of every score.
 */
package io.cordon.match;

package io.cordon.match;

/**
 * How one named feature contributed to a score, for analysts and auditors.
 *
 * @param feature feature name, e.g. {@code name_parts}, {@code birth_date_disjoint}
 * @param score   the feature's value in [0, 1] (or its penalty for qualifiers)
 * @param weight  the configured weight it was applied with
 * @param detail  human-readable reason, e.g. "Aleksei ~ Alexey (transliteration)"
 */
public record Explanation(String feature, double score, double weight, String detail) {}

package io.cordon.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Each covered party's own start date for a rule (the date an entity was determined to be subject
 * to a directive), so that one rule serves entities designated on different days. The date is read
 * from the list data where the listing carries it ({@code listed}, e.g. OFAC's remark "Effective
 * Date (EO 14024 Directive 3): 26 Mar 2022", which the OFAC adapter writes as "EO 14024 Directive 3
 * effective date 2022-03-26"), else from the rule file's table.
 *
 * @param name      the table's name in the rule file
 * @param label     what the date is, for people ("date of determination under EO 13662 Directive 1")
 * @param listed    phrases in the listing texts that are followed by the date, or empty
 * @param table     entity id to date, from the rule data
 * @param citations where the table's dates come from
 */
public record PartyDates(String name, String label, List<String> listed, Map<String, LocalDate> table,
                         List<Citation> citations) {
  public PartyDates {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    listed = List.copyOf(listed);
    table = Map.copyOf(table);
    citations = List.copyOf(citations);
  }
}

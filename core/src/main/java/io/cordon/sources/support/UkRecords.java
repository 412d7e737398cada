package io.cordon.sources.support;

import io.cordon.model.LegalFormTable;
import io.cordon.model.Prop;
import io.cordon.model.Schemata;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * What the two UK list formats (HM Treasury's CSV and the FCDO's XML) share: the same entry types
 * and the same six name fields, under other column names.
 */
public final class UkRecords {
  private UkRecords() {}

  /** Individual and Ship by the entry's type; an entity is a Company when its name has a legal form. */
  public static String schema(String type, String name) {
    return switch (type.toLowerCase(Locale.ROOT)) {
      case "individual" -> Schemata.PERSON;
      case "ship" -> Schemata.VESSEL;
      default -> LegalFormTable.standard().hasCompanyForm(name) ? Schemata.COMPANY : Schemata.ORGANIZATION;
    };
  }

  /** A person's name parts: name 1 is the given name, 2 to 5 the middle names, 6 the family name. */
  public static void addNameParts(Draft d, IntFunction<String> nameField) {
    d.add(Prop.FIRST_NAME, nameField.apply(1));
    d.add(Prop.MIDDLE_NAME, Texts.join(" ", nameField.apply(2), nameField.apply(3), nameField.apply(4), nameField.apply(5)));
    d.add(Prop.LAST_NAME, nameField.apply(6));
  }
}

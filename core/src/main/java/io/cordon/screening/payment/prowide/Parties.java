package io.cordon.screening.payment.prowide;

import com.prowidesoftware.swift.model.IBAN;
import io.cordon.screening.payment.Element;
import io.cordon.screening.payment.MessageRole;
import java.util.List;
import java.util.regex.Pattern;

/** Party values common to MT and MX: BICs (and their country), accounts (IBAN country). */
final class Parties {
  private Parties() {}

  private static final Pattern BIC = Pattern.compile("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$");

  static boolean isBic(String s) {
    return BIC.matcher(s).matches();
  }

  /** The BIC of a logical terminal address (12 characters: BIC8 + terminal code + branch). */
  static String bicOfAddress(String address) {
    String a = address.strip();
    if (a.length() == 12) {
      return a.substring(0, 8) + a.substring(9);
    }
    return a;
  }

  static void bic(List<Element> out, MessageRole role, String field, String path, String bic) {
    out.add(new Element(role, Element.Kind.BIC, field, path, bic));
    // A malformed header address can be shorter than a BIC: it is still screened as written, but
    // has no country letters to read (found by the mtMessage fuzz harness).
    if (bic.length() >= 6) {
      out.add(new Element(role, Element.Kind.COUNTRY, field, path + " (BIC country)", bic.substring(4, 6)));
    }
  }

  static void account(List<Element> out, MessageRole role, String field, String path, String account) {
    out.add(new Element(role, Element.Kind.ACCOUNT, field, path, account));
    String compact = account.replace(" ", "");
    if (compact.length() >= 15 && compact.substring(0, 2).matches("[A-Z]{2}") && new IBAN(compact).isValid()) {
      out.add(new Element(role, Element.Kind.COUNTRY, field, path + " (IBAN country)", compact.substring(0, 2)));
    }
  }
}

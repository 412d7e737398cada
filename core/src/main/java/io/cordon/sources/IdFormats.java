package io.cordon.sources;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Check-digit tests for identifiers whose FtM property has a format (innCode, ogrnCode, leiCode,
 * imoNumber, swiftBic, isin). Adapters put a value into the typed property only when it passes,
 * and otherwise into the generic one (taxNumber, registrationNumber, idNumber): FtM validators
 * (ftm-check, OpenSanctions tools) reject a typed property with a bad check digit.
 */
public final class IdFormats {
  private IdFormats() {}

  private static final Pattern INN = Pattern.compile("\\d{10}|\\d{12}");
  private static final Pattern OGRN = Pattern.compile("\\d{13}|\\d{15}");
  private static final Pattern BIC = Pattern.compile("^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$");
  private static final Pattern LEI = Pattern.compile("^[A-Z0-9]{18}\\d{2}$");
  private static final Pattern ISIN = Pattern.compile("^[A-Z]{2}[A-Z0-9]{9}\\d$");
  private static final Pattern IMO = Pattern.compile("^(?:IMO)?\\s?(\\d{7})$");

  /** Russian taxpayer number (INN): 10 digits (organisations) or 12 (people) with check digits. */
  public static boolean isInn(String v) {
    if (!INN.matcher(v).matches()) {
      return false;
    }
    int[] d = digits(v);
    if (v.length() == 10) {
      return check(d, new int[] {2, 4, 10, 3, 5, 9, 4, 6, 8}) == d[9];
    }
    return check(d, new int[] {7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == d[10]
        && check(d, new int[] {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == d[11];
  }

  /** Russian state registration number: OGRN (13 digits) or OGRNIP (15), with its check digit. */
  public static boolean isOgrn(String v) {
    if (!OGRN.matcher(v).matches() || v.charAt(0) == '0') {
      return false;
    }
    BigInteger body = new BigInteger(v.substring(0, v.length() - 1));
    BigInteger mod = BigInteger.valueOf(v.length() == 13 ? 11 : 13);
    return body.mod(mod).mod(BigInteger.TEN).intValue() == v.charAt(v.length() - 1) - '0';
  }

  /** Legal Entity Identifier (ISO 17442, mod 97). */
  public static boolean isLei(String v) {
    return LEI.matcher(v).matches() && mod97(alnumToDigits(v)) == 1;
  }

  /** ISIN (ISO 6166, Luhn over the letters expanded to numbers). */
  public static boolean isIsin(String v) {
    return ISIN.matcher(v).matches() && luhn(alnumToDigits(v));
  }

  /** IMO ship or company number, optionally prefixed "IMO". */
  public static boolean isImo(String v) {
    var m = IMO.matcher(v);
    if (!m.matches()) {
      return false;
    }
    int[] d = digits(m.group(1));
    int ship = (7 * d[0] + 6 * d[1] + 5 * d[2] + 4 * d[3] + 3 * d[4] + 2 * d[5]) % 10;
    int company = (11 - (8 * d[0] + 6 * d[1] + 4 * d[2] + 2 * d[3] + 9 * d[4] + 7 * d[5]) % 11) % 10;
    return ship == d[6] || company == d[6];
  }

  /** SWIFT/BIC (ISO 9362): 8 or 11 characters. */
  public static boolean isBic(String v) {
    return BIC.matcher(v).matches();
  }

  private static int check(int[] d, int[] w) {
    int s = 0;
    for (int i = 0; i < w.length; i++) {
      s += w[i] * d[i];
    }
    return s % 11 % 10;
  }

  private static int[] digits(String s) {
    int[] d = new int[s.length()];
    for (int i = 0; i < d.length; i++) {
      d[i] = s.charAt(i) - '0';
    }
    return d;
  }

  private static String alnumToDigits(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(Character.digit(c, 36));
    }
    return b.toString();
  }

  private static int mod97(String digits) {
    int r = 0;
    for (char c : digits.toCharArray()) {
      r = (r * 10 + (c - '0')) % 97;
    }
    return r;
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }
}

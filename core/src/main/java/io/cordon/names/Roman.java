package io.cordon.names;

/** Roman numerals as organisations number funds and trusts ("Fund XII", "Trust II"). */
final class Roman {
  private Roman() {}

  static boolean is(String f) {
    if (f.isEmpty() || f.length() > 6) {
      return false;
    }
    for (int i = 0; i < f.length(); i++) {
      if ("ivxlc".indexOf(f.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}

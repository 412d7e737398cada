package io.cordon.http.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links with query parameters for the pages; the templates escape them again as attributes. */
final class Urls {
  private Urls() {}

  /**
   * A path with query parameters, each value URL-encoded: {@code of("/ui/party", "id", id)}.
   * Empty or null values are left out so links stay short.
   */
  static String of(String path, Object... params) {
    StringBuilder u = new StringBuilder(path);
    char sep = '?';
    for (int i = 0; i + 1 < params.length; i += 2) {
      Object v = params[i + 1];
      if (v == null || v.toString().isEmpty()) {
        continue;
      }
      u.append(sep).append(enc(params[i].toString())).append('=').append(enc(v.toString()));
      sep = '&';
    }
    return u.toString();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

package io.cordon.http.ui;

import java.util.HashMap;
import java.util.Map;

/** The login form. Its CSRF token is a random value also set as a short-lived cookie (double submit). */
final class LoginPage {

  /**
   * @param token  the login form's CSRF token
   * @param next   where to go after login (already checked to be a UI path)
   * @param name   the user name to refill after a failed attempt
   * @param notice an informational message, or null
   * @param error  an error message, or null
   */
  String render(String token, String next, String name, String notice, String error) {
    Map<String, Object> params = new HashMap<>();
    params.put("token", token);
    params.put("next", next);
    params.put("name", name);
    params.put("notice", notice);
    params.put("error", error);
    return Layout.page(null, "", "Sign in", Templates.render("login.jte", params));
  }
}

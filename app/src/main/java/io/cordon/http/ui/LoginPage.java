package io.cordon.http.ui;

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
    Html b = new Html();
    b.raw("<div class=\"login-wrap\"><form class=\"panel login\" method=\"post\" action=\"/ui/login\">")
        .raw("<h1>Sign in</h1><p class=\"muted\">Sanctions screening and alert review</p>");
    if (notice != null) {
      b.raw("<div class=\"flash flash-ok\" role=\"status\">").text(notice).raw("</div>");
    }
    if (error != null) {
      b.raw("<div class=\"flash flash-error\" role=\"alert\" id=\"login-error\">").text(error).raw("</div>");
    }
    b.hidden(UiRoutes.CSRF_FIELD, token).hidden("next", next)
        .raw("<label for=\"username\">User name</label>")
        .raw("<input id=\"username\" name=\"username\" autocomplete=\"username\" required autofocus value=\"")
        .text(name).raw("\">")
        .raw("<label for=\"password\">Password</label>")
        .raw("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>")
        .raw("<button type=\"submit\" class=\"btn btn-primary btn-block\" id=\"login\">Sign in</button>")
        .raw("<p class=\"muted small\">The first start of <code>cordon serve</code> prints the admin's password.</p>")
        .raw("</form></div>");
    return Layout.page(null, "", "Sign in", b);
  }
}

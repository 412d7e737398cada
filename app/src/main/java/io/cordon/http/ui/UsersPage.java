package io.cordon.http.ui;

import io.cordon.access.Access;
import io.cordon.cases.BadInputException;
import io.cordon.cases.ConflictException;
import io.cordon.cases.ForbiddenException;
import io.cordon.cases.Role;
import io.cordon.cases.User;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** For admins: the users and a form to add one (name, initial password, roles). */
final class UsersPage {
  /** Shortest password accepted from the form. */
  static final int MIN_PASSWORD = 10;

  private final Access access;

  UsersPage(Access access) {
    this.access = access;
  }

  String render(Session s, String error, String name) {
    requireAdmin(s);
    List<User> users = access.users(s.actor());
    Html b = new Html();
    b.raw("<div class=\"page-head\"><h1>Users</h1><p class=\"muted\">Analysts decide alerts, approvers confirm or reject ")
        .raw("decisions (never their own), admins manage users and read the audit log.</p></div>");
    b.raw("<div class=\"two\"><section class=\"panel\"><h2>Users <span class=\"sub\">").text(users.size())
        .raw("</span></h2><table class=\"grid compact\" id=\"users\"><thead><tr><th>Name</th><th>Roles</th><th>Created</th><th></th>")
        .raw("</tr></thead><tbody>");
    for (User u : users) {
      b.raw("<tr>").el("td class=\"strong\"", u.name()).raw("<td>");
      for (Role r : u.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.roles())) {
        b.el("span class=\"tag\"", r.label());
      }
      if (!u.pendingRoles().isEmpty()) {
        b.el("span class=\"muted\"", " pending: " + u.pendingRoles().stream().map(Role::label).sorted()
            .collect(Collectors.joining(", ")) + " (asked by " + u.pendingBy() + ")");
      }
      if (u.disabled()) {
        b.el("span class=\"tag\"", "disabled");
      }
      b.raw("</td>").el("td", Show.time(u.created())).raw("<td>");
      if (!u.pendingRoles().isEmpty()) {
        action(b, s, u.name(), "approve", "Approve roles");
      }
      action(b, s, u.name(), u.disabled() ? "enable" : "disable", u.disabled() ? "Enable" : "Disable");
      b.raw("</td></tr>");
    }
    b.raw("</tbody></table></section>");
    b.raw("<form class=\"panel\" method=\"post\" action=\"/ui/users\" id=\"user-form\"><h2>Add a user</h2>")
        .hidden(UiRoutes.CSRF_FIELD, s.csrf());
    if (error != null) {
      b.raw("<div class=\"flash flash-error\" role=\"alert\" id=\"form-error\">").text(error).raw("</div>");
    }
    b.raw("<label for=\"new-name\">User name</label><input id=\"new-name\" name=\"name\" required ")
        .raw("pattern=\"[A-Za-z0-9._@\\-]{1,64}\" autocomplete=\"off\" value=\"").text(name == null ? "" : name).raw("\">")
        .raw("<label for=\"new-password\">Initial password <span class=\"muted\">(at least ").text(MIN_PASSWORD)
        .raw(" characters; tell it to the user)</span></label>")
        .raw("<input id=\"new-password\" name=\"password\" type=\"password\" required autocomplete=\"new-password\" minlength=\"")
        .text(MIN_PASSWORD).raw("\"><fieldset class=\"choices\"><legend>Roles</legend>");
    for (Role r : Role.values()) {
      b.raw("<label class=\"choice\"><input type=\"checkbox\" name=\"role\" value=\"").text(r.label()).raw("\" id=\"role-")
          .text(r.label()).raw("\"> ").text(r.label()).raw("</label>");
    }
    b.raw("</fieldset><div class=\"form-foot\"><button type=\"submit\" class=\"btn btn-primary\" id=\"create-user\">")
        .raw("Add user</button></div></form></div>");
    return Layout.page(s, "users", "Users", b);
  }

  void create(Context ctx, Session s) {
    requireAdmin(s);
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    char[] password = Optional.ofNullable(ctx.formParam("password")).orElse("").toCharArray();
    try {
      if (password.length < MIN_PASSWORD) {
        throw new BadInputException("the password needs at least " + MIN_PASSWORD + " characters");
      }
      Set<Role> roles = ctx.formParams("role").stream().map(Role::parse).collect(Collectors.toSet());
      User u = access.createUser(s.actor(), name, password, roles);
      s.flash("User " + name + " added with the role(s) "
          + u.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "))
          + (u.pendingRoles().isEmpty() ? "" : "; waiting for a second admin: " + u.pendingRoles().stream()
          .map(Role::label).sorted().collect(Collectors.joining(", "))) + ".", false);
      ctx.redirect("/ui/users", HttpStatus.SEE_OTHER);
    } catch (BadInputException | ConflictException e) {
      UiRoutes.html(ctx, e instanceof ConflictException ? 409 : 400, render(s, e.getMessage(), name));
    } finally {
      java.util.Arrays.fill(password, '\0');
    }
  }

  private static void action(Html b, Session s, String user, String what, String label) {
    b.raw("<form method=\"post\" class=\"inline\" action=\"/ui/users/").text(user).raw("/").text(what).raw("\">")
        .hidden(UiRoutes.CSRF_FIELD, s.csrf())
        .raw("<button type=\"submit\" class=\"btn\" id=\"").text(what + "-" + user).raw("\">").text(label)
        .raw("</button></form>");
  }

  /** POST /ui/users/{name}/{approve|disable|enable}: the same rules as the CLI (four eyes, last admin). */
  void change(Context ctx, Session s) {
    requireAdmin(s);
    String name = ctx.pathParam("name");
    String what = ctx.pathParam("action");
    User u = switch (what) {
      case "approve" -> access.approveRoles(s.actor(), name);
      case "disable" -> access.setDisabled(s.actor(), name, true);
      case "enable" -> access.setDisabled(s.actor(), name, false);
      default -> throw new BadInputException("unknown user action '" + what + "'");
    };
    s.flash("User " + u.name() + ": " + what + " done.", false);
    ctx.redirect("/ui/users", HttpStatus.SEE_OTHER);
  }

  private static void requireAdmin(Session s) {
    if (!s.actor().has(Role.ADMIN)) {
      throw new ForbiddenException(s.actor().name() + " may not manage users: needs the admin role");
    }
  }
}

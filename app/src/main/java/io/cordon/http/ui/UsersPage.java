package io.cordon.http.ui;

import io.cordon.access.Access;
import io.cordon.cases.BadInputException;
import io.cordon.cases.ConflictException;
import io.cordon.cases.ForbiddenException;
import io.cordon.cases.Role;
import io.cordon.cases.User;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    Map<String, Object> params = new HashMap<>();
    params.put("users", users);
    params.put("csrf", s.csrf());
    params.put("error", error);
    params.put("name", name);
    return Layout.page(s, "users", "Users", Templates.render("users.jte", params));
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

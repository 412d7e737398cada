package io.cordon.http.ui;

import io.cordon.cases.Actor;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A logged-in user's server-side state. The browser holds only the random {@link #token} in an
 * HttpOnly cookie; roles and the CSRF token stay here.
 */
final class Session {
  private final String token;
  private final Actor actor;
  private final String csrf;
  private final Instant created;
  private final long epoch;
  private volatile Instant lastSeen;
  /** One message shown on the next page (after a redirect), then dropped. */
  private final AtomicReference<Flash> flash = new AtomicReference<>();

  /** A message for the next page; {@code error} selects the red style. */
  record Flash(String message, boolean error) {}

  Session(String token, Actor actor, long epoch, String csrf, Instant created) {
    this.epoch = epoch;
    this.token = token;
    this.actor = actor;
    this.csrf = csrf;
    this.created = created;
    this.lastSeen = created;
  }

  String token() {
    return token;
  }

  Actor actor() {
    return actor;
  }

  /** The user's epoch at login: the session is valid only while it is unchanged. */
  long epoch() {
    return epoch;
  }

  String csrf() {
    return csrf;
  }

  Instant created() {
    return created;
  }

  Instant lastSeen() {
    return lastSeen;
  }

  void touch(Instant now) {
    lastSeen = now;
  }

  void flash(String message, boolean error) {
    flash.set(new Flash(message, error));
  }

  Flash takeFlash() {
    return flash.getAndSet(null);
  }
}

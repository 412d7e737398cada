/**
 * The analyst web UI, rendered on the server: pages (queue, alert, party, screen, sources, audit,
 * users, login), the jte templates (app/src/main/jte, compiled at build time, escaping by default), sessions and login throttling.
 */
package io.cordon.http.ui;

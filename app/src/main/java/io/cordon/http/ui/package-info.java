/**
 * The analyst web UI, rendered on the server: pages (queue, alert, party, screen, sources, audit,
 * users, login), the escaping HTML builder {@code Html}, sessions and login throttling.
 */
package io.cordon.http.ui;

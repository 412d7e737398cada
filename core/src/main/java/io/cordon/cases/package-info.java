/**
 * Case management: the customer book ({@code Party}), alerts raised by screening, four-eyes decisions
 * and approvals, the good-guy list, delta re-screening on list changes, and the hash-chained audit log;
 * {@code CaseService} is the workflow facade and {@code CaseStore} the persistence interface;
 * {@code CaseServices} wires it (screening through the engine's Screener) for the commands and the server.
 */
package io.cordon.cases;

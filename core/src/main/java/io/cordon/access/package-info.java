/**
 * API keys for the HTTP API, stored only as hashes ({@code ApiKeys}, with an in-memory implementation).
 */
package io.cordon.access;

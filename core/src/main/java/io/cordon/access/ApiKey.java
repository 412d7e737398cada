package io.cordon.access;

import java.time.Instant;

/**
 * A stored API key: never the key itself, only its SHA-256 hash and a short prefix that lets an
 * operator tell keys apart in listings.
 */
public record ApiKey(String name, String prefix, String sha256, Instant created, boolean revoked) {}

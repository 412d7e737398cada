/**
 * The list catalog: immutable snapshots per source, the active pointer and history (as-of),
 * deltas between snapshots, and the {@code Importer} (read, hash, validate, commit atomically).
 */
package io.cordon.catalog;

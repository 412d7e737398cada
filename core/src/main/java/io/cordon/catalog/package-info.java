/**
 * The list catalog: immutable snapshots per source, the active pointer and history (as-of),
 * deltas between snapshots, the {@code Importer} (read, hash, validate, commit atomically), and
 * {@code CatalogJson}, the one JSON form of a snapshot and a delta (CLI and HTTP).
 */
package io.cordon.catalog;

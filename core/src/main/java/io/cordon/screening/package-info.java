/**
 * The screening facade: {@code Screener} (index candidates, scorer, ranking), queries and responses,
 * and {@code CatalogIndexes} (indexes of the active snapshots or of those in force on a date).
 */
package io.cordon.screening;

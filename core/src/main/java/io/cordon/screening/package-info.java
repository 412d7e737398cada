/**
 * The screening facade: {@code Screener} (index candidates, scorer, ranking), queries and responses,
 * {@code CatalogIndexes} (indexes of the active snapshots or of those in force on a date), and
 * {@code ScreeningJson}, the one JSON mapping of a result that the CLI, the HTTP API and batch use, and
 * {@code TradeChecks}, the trade-check wiring shared by the CLI, the server and payment screening.
 */
package io.cordon.screening;

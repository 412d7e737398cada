/**
 * Reading party files (CSV, TSV, JSON lines) into screening queries, with column mapping and flexible dates.
 */
package io.cordon.screening.input;

/**
 * Format plumbing without domain knowledge, written once and used across the pipeline: CSV records ({@code CsvRows}, on
 * jackson-dataformat-csv, also for party files),
 * the byte order mark, SHA-256 hex, and the one configured JSON and YAML mappers ({@code Json}).
 */
package io.cordon.common;

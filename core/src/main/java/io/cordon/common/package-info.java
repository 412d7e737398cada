/**
 * Format plumbing without domain knowledge, written once and used across the pipeline: CSV records,
 * the byte order mark, SHA-256 hex, and the one configured JSON and YAML mappers ({@code Json}).
 */
package io.cordon.common;

/**
 * Format plumbing without domain knowledge, written once and used across the pipeline: CSV records,
 * the byte order mark, SHA-256 hex.
 */
package io.cordon.common;

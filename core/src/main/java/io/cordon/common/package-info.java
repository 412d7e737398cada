/**
 * Format plumbing without domain knowledge, written once and used across the pipeline (CSV records).
 */
package io.cordon.common;

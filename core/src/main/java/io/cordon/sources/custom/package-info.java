/**
 * Cordon's own list formats for custom lists (CSV and YAML).
 */
package io.cordon.sources.custom;

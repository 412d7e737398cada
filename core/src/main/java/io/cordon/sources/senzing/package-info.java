/**
 * Senzing JSON lines.
 */
package io.cordon.sources.senzing;

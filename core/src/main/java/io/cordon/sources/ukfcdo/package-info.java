/**
 * The UK FCDO sanctions list (XML).
 */
package io.cordon.sources.ukfcdo;

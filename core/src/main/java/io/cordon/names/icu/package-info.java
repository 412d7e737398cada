/**
 * ICU4J transliteration to Latin (the only package that imports ICU).
 */
package io.cordon.names.icu;

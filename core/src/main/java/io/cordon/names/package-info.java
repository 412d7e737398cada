/**
 * Name analysis: Unicode normalisation, script detection, transliteration, folding, tokens, part tags,
 * legal forms and phonetic keys ({@code NameAnalyzer}).
 */
package io.cordon.names;

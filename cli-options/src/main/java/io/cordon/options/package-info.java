/**
 * Picocli option groups ({@code @Mixin}s) that more than one command line offers with the same
 * names, defaults and help text: {@code cordon batch} (app) and {@code cordon spark-batch} (spark).
 */
package io.cordon.options;

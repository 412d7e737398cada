/**
 * List adapters: one per {@code ListFormat}, each in its own sub-package; {@code FormatDetector}
 * recognises a file by its content and {@code ListAdapters} finds the adapter (ServiceLoader).
 */
package io.cordon.sources;

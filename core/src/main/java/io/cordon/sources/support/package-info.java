/**
 * What the adapters share: the entity draft and collector, XML record streaming, JSON lines files,
 * dates, ids, country text, text files, warnings, and the record shape of the two UK formats.
 */
package io.cordon.sources.support;

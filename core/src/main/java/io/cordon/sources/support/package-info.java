/**
 * What the adapters share: the entity draft and collector, XML record streaming, dates, ids,
 * country text, text files and warnings.
 */
package io.cordon.sources.support;

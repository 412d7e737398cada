/**
 * The EU Financial Sanctions Files (XML).
 */
package io.cordon.sources.eu;

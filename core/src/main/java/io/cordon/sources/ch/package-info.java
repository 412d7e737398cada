/**
 * Switzerland's SECO sanctions list (XML).
 */
package io.cordon.sources.ch;

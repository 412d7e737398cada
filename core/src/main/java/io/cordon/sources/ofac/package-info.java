/**
 * OFAC's SDN and consolidated (non-SDN) lists: the legacy CSV sets and the SDN XML.
 */
package io.cordon.sources.ofac;

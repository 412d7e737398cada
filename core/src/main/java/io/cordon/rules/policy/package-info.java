/**
 * Screening policies per jurisdiction: which sources a profile screens against and which of them block.
 */
package io.cordon.rules.policy;

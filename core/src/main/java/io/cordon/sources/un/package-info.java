/**
 * The UN Security Council consolidated list (XML).
 */
package io.cordon.sources.un;

/**
 * The UK HM Treasury consolidated list (CSV).
 */
package io.cordon.sources.ukhmt;

/**
 * Canada's SEMA consolidated list (XML).
 */
package io.cordon.sources.ca;

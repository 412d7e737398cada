/**
 * Candidate retrieval: the {@code CandidateIndex} interface, the queries and candidates it exchanges,
 * the name and identifier keys it is built with, and {@code IndexHolder} (atomic swap with leases).
 * The Lucene implementation lives in {@code index.lucene}.
 */
package io.cordon.index;

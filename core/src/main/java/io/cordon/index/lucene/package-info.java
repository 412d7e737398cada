/**
 * The Lucene implementation of the candidate index (the only package that imports Lucene) and
 * {@code IndexCache}, the indexes persisted per snapshot set under the home folder.
 */
package io.cordon.index.lucene;

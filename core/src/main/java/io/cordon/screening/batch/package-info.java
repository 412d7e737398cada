/**
 * Batch screening of party files: ordered multi-threaded screening with resumable CSV or JSON lines output.
 */
package io.cordon.screening.batch;

/**
 * The {@code cordon} command line (picocli): one class per command, each only translating arguments
 * to core calls and results to text or JSON; {@code Home} opens the home folder and the store,
 * {@code Engine} builds the shared analysers, {@code ErrorHandler} turns exceptions into one-line messages.
 */
package io.cordon.cli;

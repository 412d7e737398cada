package io.cordon.cases;

/**
 * Persistence of the customer book and the case workflow. Each unit of work runs in one
 * transaction: all its writes are committed (durably) before {@link #inTransaction} returns, or none
 * is. Implementations: {@link MemoryCaseStore} and the JDBC store in the store module.
 */
public interface CaseStore {

  /** Runs work in one transaction and commits it; on an exception nothing of it is kept. */
  <T> T inTransaction(Work<T> work);

  @FunctionalInterface
  interface Work<T> {
    T run(CaseTx tx);
  }
}

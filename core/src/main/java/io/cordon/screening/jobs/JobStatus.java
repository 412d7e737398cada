package io.cordon.screening.jobs;

import java.util.Locale;

/** Where a screening job is: waiting, being screened, or finished one way or another. */
public enum JobStatus {
  QUEUED, RUNNING, DONE, FAILED, CANCELLED;

  /** As the API and the store write it: {@code queued}, {@code running}... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static JobStatus parse(String s) {
    return valueOf(s.toUpperCase(Locale.ROOT));
  }

  public boolean finished() {
    return this == DONE || this == FAILED || this == CANCELLED;
  }
}

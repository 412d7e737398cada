package io.cordon.screening.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Durable job state (the store module keeps it in table screening_job). Thread-safe. */
public interface JobStore {

  void create(Job job);

  Optional<Job> get(String id);

  /** The owner's jobs, newest first. */
  List<Job> list(String owner, int limit);

  /** Jobs not finished: running ones first (to resume), then queued ones, oldest first. */
  List<Job> unfinished();

  /**
   * Moves a job from {@code from} to {@code to} if it is still in {@code from} (compare and set),
   * recording when it started (to RUNNING) or finished (to a final status) and an error text.
   *
   * @return whether the job was in {@code from}
   */
  boolean transition(String id, JobStatus from, JobStatus to, Instant at, String error);

  /** Records progress counters. */
  void progress(String id, long rowsTotal, long rowsDone, long hits, long errors);
}

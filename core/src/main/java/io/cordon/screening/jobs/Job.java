package io.cordon.screening.jobs;

import java.time.Instant;
import java.util.Optional;

/**
 * One asynchronous screening job: a party file screened in the background, its results kept as
 * JSON lines. Progress counts input rows ({@code rowsTotal} is -1 until the file was counted).
 *
 * @param id      random, unguessable id ({@code job_...})
 * @param owner   name of the API key that submitted it (jobs are visible to their owner only)
 * @param format  input format label: csv, tsv or jsonl
 * @param options screening options as JSON ({@link JobOptions})
 */
public record Job(String id, String owner, JobStatus status, String format, String options, long rowsTotal,
                  long rowsDone, long hits, long errors, Instant created, Optional<Instant> started,
                  Optional<Instant> finished, Optional<String> error) {}

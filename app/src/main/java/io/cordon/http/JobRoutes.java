package io.cordon.http;

import io.cordon.common.Json;
import io.cordon.screening.input.InputFormat;
import io.cordon.screening.jobs.Job;
import io.cordon.screening.jobs.JobOptions;
import io.cordon.screening.jobs.JobRunner;
import io.cordon.screening.jobs.JobStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Asynchronous screening of customer files: {@code POST /v1/jobs} (the file as the body, or as the
 * multipart field {@code file}) answers 202 at once; {@code GET /v1/jobs[/{id}]} gives status and
 * progress; {@code GET /v1/jobs/{id}/results} streams JSON lines as {@code cordon batch --format
 * jsonl} writes them; {@code DELETE /v1/jobs/{id}} cancels. Jobs belong to the API key that
 * submitted them; another key sees a 404.
 */
public final class JobRoutes implements CordonServer.Routes {
  private static final Map<String, InputFormat> TYPES = Map.of("text/csv", InputFormat.CSV,
      "text/tab-separated-values", InputFormat.TSV, "application/x-ndjson", InputFormat.JSONL,
      "application/jsonl", InputFormat.JSONL, "application/json-lines", InputFormat.JSONL);

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = Json.MAPPER;
  private final JobRunner runner;
  private final Path uploads;
  private final long maxBytes;

  /**
   * @param uploads  folder for files being received (same file system as the runner's jobs folder)
   * @param maxBytes largest file accepted
   */
  public JobRoutes(JobRunner runner, Path uploads, long maxBytes) {
    this.runner = runner;
    this.uploads = uploads;
    this.maxBytes = maxBytes;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post("/v1/jobs", this::submit);
    routes.get("/v1/jobs", this::list);
    routes.get("/v1/jobs/{id}", ctx -> ctx.json(view(own(ctx))));
    routes.get("/v1/jobs/{id}/results", this::results);
    routes.delete("/v1/jobs/{id}", this::cancel);
  }

  private void submit(Context ctx) throws IOException {
    JobOptions options = options(ctx);
    String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
    InputFormat format;
    Path file;
    if (type.equals("multipart/form-data")) {
      UploadedFile part = ctx.uploadedFile("file");
      if (part == null) {
        throw ApiException.badRequest("multipart upload without a field named 'file'");
      }
      String partType = part.contentType() == null ? "" : part.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
      format = TYPES.get(partType);
      if (format == null) {
        try {
          format = InputFormat.forFile(Path.of(part.filename() == null ? "" : part.filename()));
        } catch (IllegalArgumentException e) {
          throw new ApiException(415, "cannot tell the format of '" + part.filename()
              + "': name it .csv, .tsv or .jsonl, or give the part a Content-Type text/csv, text/tab-separated-values or application/x-ndjson");
        }
      }
      try (InputStream in = part.content()) {
        file = receive(in);
      }
    } else {
      format = TYPES.get(type);
      if (format == null) {
        throw new ApiException(415, "send the file as the body with Content-Type text/csv, text/tab-separated-values"
            + " or application/x-ndjson, or as multipart/form-data field 'file'");
      }
      try (InputStream in = ctx.bodyInputStream()) {
        file = receive(in);
      }
    }
    Job job;
    try {
      job = runner.submit(owner(ctx), format, options, file);
    } catch (IllegalArgumentException e) {
      Files.deleteIfExists(file);
      throw ApiException.badRequest(e.getMessage());
    }
    ctx.status(202).header("Location", "/v1/jobs/" + job.id());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", job.id());
    out.put("status", job.status().label());
    out.put("links", links(job));
    ctx.json(out);
  }

  /** Copies the upload to a file, refusing it (413) beyond the size limit. */
  private Path receive(InputStream in) throws IOException {
    Files.createDirectories(uploads);
    Path file = Files.createTempFile(uploads, "upload-", ".part");
    long n = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int r; (r = in.read(buf)) > 0; ) {
        n += r;
        if (n > maxBytes) {
          throw new ApiException(413, "file larger than " + maxBytes + " bytes");
        }
        out.write(buf, 0, r);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    if (n == 0) {
      Files.deleteIfExists(file);
      throw ApiException.badRequest("empty file: send the party file as the request body");
    }
    return file;
  }

  private static JobOptions options(Context ctx) {
    JobOptions d = JobOptions.defaults();
    try {
      Double threshold = ctx.queryParam("threshold") == null ? null : Double.valueOf(ctx.queryParam("threshold"));
      int limit = ctx.queryParam("limit") == null ? d.limit() : Integer.parseInt(ctx.queryParam("limit"));
      LocalDate asOf = ctx.queryParam("as_of") == null ? null : LocalDate.parse(ctx.queryParam("as_of"));
      String algorithm = ctx.queryParam("algorithm") == null ? d.algorithm() : ctx.queryParam("algorithm");
      return new JobOptions(threshold, limit, ctx.queryParams("dataset"), asOf, algorithm, ctx.queryParams("column"));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("threshold must be a number and limit an integer: " + e.getMessage());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("as_of must be a date YYYY-MM-DD, got '" + ctx.queryParam("as_of") + "'");
    }
  }

  private void list(Context ctx) {
    List<Object> out = new ArrayList<>();
    runner.jobs(owner(ctx), RequestCheck.nonNegative(ctx, "limit", 100)).forEach(j -> out.add(view(j)));
    ctx.json(Map.of("jobs", out));
  }

  private void results(Context ctx) throws IOException {
    Job job = own(ctx);
    if (job.status() != JobStatus.DONE) {
      throw ApiException.conflict("job " + job.id() + " is " + job.status().label() + "; results are there once it is done")
          .extra("job", view(job));
    }
    ctx.contentType("application/x-ndjson").result(Files.newInputStream(runner.results(job.id())));
  }

  private void cancel(Context ctx) {
    Job job = own(ctx);
    if (!runner.cancel(job.id())) {
      throw ApiException.conflict("job " + job.id() + " is " + job.status().label() + " already")
          .extra("job", view(job));
    }
    ctx.json(view(runner.job(job.id()).orElseThrow()));
  }

  /** The job if it belongs to the caller's key; 404 otherwise (another key's jobs do not exist for it). */
  private Job own(Context ctx) {
    String id = ctx.pathParam("id");
    return runner.job(id).filter(j -> j.owner().equals(owner(ctx)))
        .orElseThrow(() -> ApiException.notFound("No such job: " + id));
  }

  private static String owner(Context ctx) {
    io.cordon.access.ApiKey apiKey = ctx.attribute(ApiKeyFilter.KEY);
    String key = apiKey == null ? null : apiKey.name();
    return key == null ? "anonymous" : key;
  }

  static Map<String, Object> view(Job j) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", j.id());
    m.put("status", j.status().label());
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("rows_total", j.rowsTotal() < 0 ? null : j.rowsTotal());
    p.put("rows_done", j.rowsDone());
    p.put("hits", j.hits());
    p.put("errors", j.errors());
    p.put("percent", j.rowsTotal() > 0 ? Math.round(1000.0 * j.rowsDone() / j.rowsTotal()) / 10.0
        : j.status() == JobStatus.DONE ? 100.0 : 0.0);
    m.put("progress", p);
    m.put("format", j.format());
    m.put("options", options(j));
    m.put("created", j.created().toString());
    m.put("started", j.started().map(Object::toString).orElse(null));
    m.put("finished", j.finished().map(Object::toString).orElse(null));
    m.put("error", j.error().orElse(null));
    m.put("links", links(j));
    return m;
  }

  private static Object options(Job j) {
    try {
      return JSON.readTree(j.options());
    } catch (IOException e) {
      return j.options();
    }
  }

  private static Map<String, Object> links(Job j) {
    return Map.of("self", "/v1/jobs/" + j.id(), "results", "/v1/jobs/" + j.id() + "/results");
  }
}

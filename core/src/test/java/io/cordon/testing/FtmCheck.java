package io.cordon.testing;

import io.cordon.model.Entity;
import io.cordon.model.FtmJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code ../shared/tools/ftm-check/check.mjs} (the official FtM model, via Node) on entities
 * or on an FtM JSON lines file. Fails the test clearly when Node or the checker is missing.
 */
public final class FtmCheck {
  private FtmCheck() {}

  /**
   * What the checker said.
   *
   * @param valid    entities it accepted
   * @param invalid  entities it rejected
   * @param problems one line per rejected entity ({@code id [line N]: problem; ...})
   * @param output   everything the checker printed (stdout then stderr), for failure messages
   * @param warnings per-entity warnings (deprecated properties, missing references, ...), which
   *                 do not make an entity invalid
   */
  public record Result(int valid, int invalid, List<String> problems, String output, List<String> warnings) {}

  private static final Pattern SUMMARY = Pattern.compile("(\\d+) valid, (\\d+) invalid");

  /** The checker script beside the shared data folder. */
  public static Path script() {
    Path p = SharedData.root().getParent().resolve("tools/ftm-check/check.mjs");
    if (!Files.isRegularFile(p)) {
      throw new AssertionError("ftm-check not found at " + p);
    }
    return p;
  }

  /** Writes the entities as FtM JSON lines to a temporary file and checks it. */
  /** Checks the entities and fails unless all are valid and ftm-check gave no warning. */
  public static void assertAllValid(Collection<Entity> entities) {
    Result r = check(entities);
    org.assertj.core.api.Assertions.assertThat(r.invalid()).as(String.join("\n", r.problems())).isZero();
    org.assertj.core.api.Assertions.assertThat(r.valid()).isEqualTo(entities.size());
    org.assertj.core.api.Assertions.assertThat(r.warnings()).as("ftm-check warnings").isEmpty();
  }

  public static Result check(Collection<Entity> entities) {
    try {
      Path tmp = Files.createTempFile("cordon-ftm-check", ".jsonl");
      try {
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          for (Entity e : entities) {
            w.write(FtmJson.write(e));
            w.write('\n');
          }
        }
        return check(tmp);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new AssertionError("could not write entities for ftm-check: " + e, e);
    }
  }

  /** Checks an FtM JSON lines file. */
  public static Result check(Path file) {
    Path script = script();
    Process proc;
    try {
      proc = new ProcessBuilder("node", script.toString(), file.toString())
          .redirectErrorStream(false)
          .start();
    } catch (IOException e) {
      throw new AssertionError("cannot run 'node' (Node.js >= 18 is needed for ftm-check): " + e.getMessage(), e);
    }
    try {
      proc.getOutputStream().close();
      // Read stderr on its own thread so neither pipe can fill up and block the checker.
      var err = new java.io.ByteArrayOutputStream();
      Thread drain = new Thread(() -> {
        try {
          proc.getErrorStream().transferTo(err);
        } catch (IOException ignored) {
          // the process died; the exit code tells
        }
      }, "ftm-check-stderr");
      drain.start();
      String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!proc.waitFor(5, TimeUnit.MINUTES)) {
        proc.destroyForcibly();
        throw new AssertionError("ftm-check did not finish within 5 minutes");
      }
      drain.join();
      String all = out + err.toString(StandardCharsets.UTF_8);
      Matcher m = null;
      List<String> problems = new ArrayList<>();
      for (String line : out.split("\n")) {
        Matcher s = SUMMARY.matcher(line.strip());
        if (s.matches()) {
          m = s;
        } else if (!line.isBlank()) {
          problems.add(line);
        }
      }
      if (m == null) {
        throw new AssertionError("ftm-check gave no summary (exit " + proc.exitValue() + "):\n" + all);
      }
      List<String> warnings = new ArrayList<>();
      for (String line : err.toString(StandardCharsets.UTF_8).split("\n")) {
        if (line.contains(" [line ")) {
          warnings.add(line.strip());
        }
      }
      return new Result(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), problems, all, warnings);
    } catch (IOException e) {
      throw new AssertionError("reading ftm-check output failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for ftm-check", e);
    }
  }
}

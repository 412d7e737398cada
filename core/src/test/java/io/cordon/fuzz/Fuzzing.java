package io.cordon.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The contract every parser harness checks: on any input a parser returns, or fails with one of its
 * documented bad-input exceptions. Anything else (a NullPointerException, an index out of bounds, a
 * StackOverflowError, an endless loop caught by Jazzer's timeout) is a crash: Jazzer saves the input,
 * and the input then goes into the harness's seed folder as a regression test.
 *
 * <p>How to add a harness (payment message parsers, new list formats): a method annotated
 * {@code @FuzzTest} taking {@code byte[]}, calling {@link #expect} with the parser call and its
 * bad-input exception types; a folder {@code <TestClass>Inputs/<method>/} under test resources with
 * a few small valid and broken inputs written by hand. See docs/reliability.md, "Fuzzing".
 */
public final class Fuzzing {
  private Fuzzing() {}

  /** A parser call on one input. */
  @FunctionalInterface
  public interface Call {
    void run() throws Exception;
  }

  /** Runs the call; the listed exception types (and their subtypes) are the parser's clean refusals. */
  @SafeVarargs
  public static void expect(Call call, Class<? extends Throwable>... refusals) {
    try {
      call.run();
    } catch (Throwable t) {
      for (Class<? extends Throwable> ok : refusals) {
        if (ok.isInstance(t)) {
          return;
        }
      }
      if (t instanceof RuntimeException r) {
        throw r;
      }
      if (t instanceof Error e) {
        throw e;
      }
      throw new AssertionError("unexpected " + t, t);
    }
  }

  /** Writes the input to a fresh file with the given name in a temporary folder, for file-based parsers. */
  public static Path file(String name, byte[] data) {
    try {
      Path dir = Files.createTempDirectory("cordon-fuzz");
      dir.toFile().deleteOnExit();
      Path f = Files.write(dir.resolve(name), data);
      f.toFile().deleteOnExit();
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a file written by {@link #file} and its folder. */
  public static void clean(Path f) {
    try {
      for (Path p : List.of(f, f.getParent())) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a temp file left behind is harmless; deleteOnExit catches it
    }
  }
}

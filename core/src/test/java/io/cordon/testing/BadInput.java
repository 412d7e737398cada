package io.cordon.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.sources.ListAdapter;
import io.cordon.sources.ListFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Damaged copies of real list files, and the assertion that an adapter rejects them as a whole. */
public final class BadInput {
  private BadInput() {}

  /** An empty file. */
  public static Path empty(Path dir, String name) throws IOException {
    return Files.write(dir.resolve(name), new byte[0]);
  }

  /**
   * The first {@code fraction} of a real file, cut in the middle of an element: the cut lands
   * right after the first '<' at or behind that point, so the last tag is left open.
   */
  public static Path truncated(Path real, Path dir, double fraction) throws IOException {
    byte[] all = Files.readAllBytes(real);
    int cut = (int) (all.length * fraction);
    while (cut < all.length && all[cut] != '<') {
      cut++;
    }
    byte[] part = java.util.Arrays.copyOf(all, Math.min(cut + 3, all.length));
    return Files.write(dir.resolve("truncated-" + real.getFileName()), part);
  }

  /** A file with the given text. */
  public static Path text(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /** Asserts the adapter rejects the file with a message naming it and containing each fragment. */
  public static void assertRejected(ListAdapter adapter, Path file, String... fragments) {
    assertThatThrownBy(() -> adapter.read(file))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContainingAll(fragments);
  }
}

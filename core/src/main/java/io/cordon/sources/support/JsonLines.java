package io.cordon.sources.support;

import io.cordon.common.Bom;
import io.cordon.sources.ListFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A list file of JSON lines (FtM, Senzing), read line by line: UTF-8 strictly (malformed bytes are
 * reported with the line they follow, never replaced), a byte order mark dropped, blank lines
 * skipped. Parsing each line is the adapter's.
 */
public final class JsonLines {
  private JsonLines() {}

  /** What an adapter does with one non-blank line; {@code lineNo} counts from 1 for messages. */
  @FunctionalInterface
  public interface Line {
    void accept(int lineNo, String line) throws ListFormatException;
  }

  public static void forEach(Path path, Line each) throws IOException, ListFormatException {
    int lineNo = 0;
    // newBufferedReader reports malformed UTF-8 instead of replacing it.
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (lineNo == 1) {
          line = Bom.strip(line);
        }
        if (!line.isBlank()) {
          each.accept(lineNo, line);
        }
      }
    } catch (CharacterCodingException e) {
      throw new ListFormatException(path, "not UTF-8 text after line " + lineNo, e);
    }
  }
}

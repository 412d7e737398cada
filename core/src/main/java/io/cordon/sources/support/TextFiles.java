package io.cordon.sources.support;

import io.cordon.common.Bom;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens list text files whose encoding is not stated: UTF-8 when the whole file is valid UTF-8,
 * otherwise Windows-1252 (older UK HMT exports are; their curly quotes are bytes 0x91-0x94).
 * The check streams over the file once; a leading byte order mark is skipped.
 */
public final class TextFiles {
  private TextFiles() {}

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** UTF-8 or Windows-1252, whichever the file is. */
  public static Charset detect(Path file) throws IOException {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
    CharBuffer out = CharBuffer.allocate(64 * 1024);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[32 * 1024];
      for (int n; (n = in.read(chunk)) != -1; ) {
        buf.put(chunk, 0, n);
        buf.flip();
        if (dec.decode(buf, out, false).isError()) {
          return WINDOWS_1252;
        }
        out.clear();
        buf.compact();
      }
      buf.flip();
      if (dec.decode(buf, out, true).isError() || dec.flush(out).isError()) {
        return WINDOWS_1252;
      }
    } catch (CharacterCodingException e) {
      return WINDOWS_1252;
    }
    return StandardCharsets.UTF_8;
  }

  /** A reader in the detected encoding, past any byte order mark. */
  public static BufferedReader open(Path file) throws IOException {
    Charset cs = detect(file);
    BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), cs), 64 * 1024);
    r.mark(1);
    if (r.read() != Bom.MARK) {
      r.reset();
    }
    return r;
  }
}

package io.cordon.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256AndBomTest {
  // FIPS 180-2, appendix B.1: SHA-256("abc").
  static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void hexOfTextBytesAndFilesAgree(@TempDir Path dir) throws Exception {
    assertThat(Sha256.hex("abc")).isEqualTo(ABC);
    assertThat(Sha256.hex("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(ABC);
    Path a = Files.writeString(dir.resolve("a"), "a");
    Path bc = Files.writeString(dir.resolve("bc"), "bc");
    assertThat(Sha256.hexOfFiles(List.of(a, bc))).isEqualTo(ABC);
    assertThat(Sha256.hexOfFiles(List.of(bc, a))).isNotEqualTo(ABC);
  }

  @Test
  void stripsOnlyALeadingByteOrderMark() {
    assertThat(Bom.strip("\uFEFFid,name")).isEqualTo("id,name");
    assertThat(Bom.strip("id,\uFEFFname")).isEqualTo("id,\uFEFFname");
    assertThat(Bom.strip("")).isEmpty();
  }
}

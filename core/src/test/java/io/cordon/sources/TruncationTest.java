package io.cordon.sources;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cordon.sources.ca.CaSemaXmlAdapter;
import io.cordon.sources.ch.ChSecoXmlAdapter;
import io.cordon.sources.eu.EuFsfXmlAdapter;
import io.cordon.sources.ukfcdo.UkFcdoXmlAdapter;
import io.cordon.sources.un.UnScXmlAdapter;
import io.cordon.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real XML list cut at any byte before its closing root tag is rejected as a whole: seeded
 * random cut points, so a failure names a reproducible offset.
 */
@Tag("shared-data")
class TruncationTest {
  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of(new UnScXmlAdapter(), "un_sc_consolidated_2026-02-27/UN_consolidated.xml"),
        Arguments.of(new EuFsfXmlAdapter(), "eu_fsf_xml_sample_2026/eu_sample.xml"),
        Arguments.of(new UkFcdoXmlAdapter(), "uk_sanctions_list_xml_sample_2026/uk_sample.xml"),
        Arguments.of(new CaSemaXmlAdapter(), "ca_sema_2020-04/sema-lmes.xml"),
        Arguments.of(new ChSecoXmlAdapter(), "ch_seco_sample_2026-08-15/ch_sample.xml"));
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyCutIsRejected(ListAdapter adapter, String file, @TempDir Path dir) throws Exception {
    byte[] all = Files.readAllBytes(SharedData.path(file));
    int end = lastIndexOf(all, (byte) '<'); // the closing root tag starts here
    Random random = new Random(20210415L);
    for (int i = 0; i < 12; i++) {
      int cut = 1 + random.nextInt(end);
      Path part = Files.write(dir.resolve("cut-" + cut + ".xml"), Arrays.copyOf(all, cut));
      assertThatThrownBy(() -> adapter.read(part))
          .as("%s cut at byte %d", file, cut)
          .isInstanceOf(ListFormatException.class)
          .hasMessageContaining(part.toString());
    }
  }

  private static int lastIndexOf(byte[] b, byte c) {
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }
}

package io.cordon.sources;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13: XML nested 5,000 deep inside a record crashed an import with StackOverflowError. */
class DeepXmlTest {
  /** Root and record element of each XML format. */
  static final Map<ListFormat, String[]> SHAPES = Map.of(
      ListFormat.UN_SC_XML, new String[] {"CONSOLIDATED_LIST", "INDIVIDUAL"},
      ListFormat.EU_FSF_XML, new String[] {"export", "sanctionEntity"},
      ListFormat.UK_FCDO_XML, new String[] {"Designations", "Designation"},
      ListFormat.CA_SEMA_XML, new String[] {"data-set", "record"},
      ListFormat.CH_SECO_XML, new String[] {"swiss-sanctions-list", "target"},
      ListFormat.OFAC_SDN_XML, new String[] {"sdnList", "sdnEntry"});

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(value = ListFormat.class, names = {"UN_SC_XML", "EU_FSF_XML", "UK_FCDO_XML", "CA_SEMA_XML",
      "CH_SECO_XML", "OFAC_SDN_XML"})
  void deepNestingIsAFormatErrorNotAStackOverflow(ListFormat format) throws Exception {
    String[] shape = SHAPES.get(format);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><" + shape[0] + "><" + shape[1] + ">");
    int depth = 5000;
    xml.append("<x>".repeat(depth)).append("deep").append("</x>".repeat(depth));
    xml.append("</").append(shape[1]).append("></").append(shape[0]).append(">");
    Path f = Files.writeString(dir.resolve(format.name().toLowerCase() + ".xml"), xml);
    ListAdapter adapter = ListAdapters.load().forFormat(format);
    assertThatThrownBy(() -> adapter.read(f)).isInstanceOf(ListFormatException.class)
        .hasMessageContaining(f.toString());
  }
}

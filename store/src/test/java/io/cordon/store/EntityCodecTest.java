package io.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.cordon.model.Entity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class EntityCodecTest {
  /** A snapshot blob in the layout stored since the first version: gzipped JSON lines, no caption. */
  private static final String EXISTING_BLOB = """
      {"id":"ofac-1","schema":"Person","properties":{"name":["Jane Doe"],"birthDate":["1970-01-02"]},"datasets":["us_ofac_sdn"]}
      {"id":"ofac-2","schema":"Company","properties":{"name":["Acme Ltd","Acme"]},"datasets":["us_ofac_sdn","eu_fsf"]}
      """;

  @Test
  void readsBlobsWrittenInTheExistingLayout() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(EXISTING_BLOB.getBytes(StandardCharsets.UTF_8));
    }
    List<Entity> read = EntityCodec.decode(bytes.toByteArray());
    assertThat(read).extracting(Entity::id).containsExactly("ofac-1", "ofac-2");
    assertThat(read.get(0).get("birthDate")).containsExactly("1970-01-02");
    assertThat(read.get(1).get("name")).containsExactly("Acme Ltd", "Acme");
    assertThat(read.get(1).datasets()).containsExactly("eu_fsf", "us_ofac_sdn");
    // and what is written now reads back the same
    assertThat(EntityCodec.decode(EntityCodec.encode(read))).isEqualTo(read);
  }
}

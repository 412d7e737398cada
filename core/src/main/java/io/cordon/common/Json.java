package io.cordon.common;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The one configured Jackson mapper of main code, and the YAML one. Both keep Jackson's defaults
 * (a typed read fails on an unknown property). They are shared and never reconfigured after this
 * class: a use that needs another setting derives an immutable {@code ObjectReader} or
 * {@code ObjectWriter} from them ({@code MAPPER.writer().without(...)}), or a copy
 * ({@code MAPPER.copyWith(factory)} for the bounded HTTP request reader).
 */
public final class Json {
  private Json() {}

  /** JSON: stored entities, job options, list files, HTTP and CLI output. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  /** Indented JSON, as the CLI prints it with {@code --json}. */
  public static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  /**
   * YAML (rule books, screening policies, embargoes, official sources, custom lists). A key given
   * twice in one mapping is an error: the second value would silently replace the first.
   */
  public static final ObjectMapper YAML = new ObjectMapper(
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
}

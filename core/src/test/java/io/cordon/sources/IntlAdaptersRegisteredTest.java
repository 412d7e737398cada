package io.cordon.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The non-US adapters are found through ServiceLoader, as import and format detection use them. */
class IntlAdaptersRegisteredTest {
  @Test
  void registered() {
    Set<ListFormat> formats = ServiceLoader.load(ListAdapter.class).stream()
        .map(p -> p.get().format()).collect(Collectors.toSet());
    assertThat(formats).contains(ListFormat.UN_SC_XML, ListFormat.EU_FSF_XML, ListFormat.UK_HMT_CSV,
        ListFormat.UK_FCDO_XML, ListFormat.CA_SEMA_XML, ListFormat.CH_SECO_XML, ListFormat.FTM_JSON,
        ListFormat.SENZING_JSON);
  }
}

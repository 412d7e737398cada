package io.cordon.sources.ofac;

import io.cordon.sources.ListAdapter;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * OFAC SDN list, legacy CSV set: sdn.csv plus add.csv, alt.csv and sdn_comments.csv when they sit
 * beside it. The files carry no publication date: the importer dates them ({@code --published}).
 */
public final class OfacSdnCsvAdapter implements ListAdapter {
  @Override
  public ListFormat format() {
    return ListFormat.OFAC_SDN_CSV;
  }

  @Override
  public ParsedList read(Path path) throws IOException, ListFormatException {
    return new OfacMapper(format()).parsed(OfacCsvSet.read(path, format()), Optional.empty());
  }
}

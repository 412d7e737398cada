package io.cordon.sources.ofac;

import io.cordon.sources.ListAdapter;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * OFAC non-SDN consolidated list (sectoral SSI, EO 14024 directive bodies, NS-PLC, ...), legacy CSV
 * set: cons_prim.csv plus cons_add, cons_alt and cons_comments when they sit beside it. The files
 * carry no publication date: the importer dates them ({@code --published}).
 */
public final class OfacConsCsvAdapter implements ListAdapter {
  @Override
  public ListFormat format() {
    return ListFormat.OFAC_CONS_CSV;
  }

  @Override
  public ParsedList read(Path path) throws IOException, ListFormatException {
    return new OfacMapper(format()).parsed(OfacCsvSet.read(path, format()), Optional.empty());
  }
}

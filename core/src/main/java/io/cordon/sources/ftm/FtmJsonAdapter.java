package io.cordon.sources.ftm;

import io.cordon.model.Entity;
import io.cordon.model.FtmJson;
import io.cordon.sources.ListAdapter;
import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import io.cordon.sources.support.JsonLines;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * FtM JSON lines ({@link ListFormat#FTM_JSON}), read line by line. Any bad line (invalid JSON, an
 * unknown schema or property, a malformed value, a duplicate id) rejects the whole file with the
 * line number: a list is never half-read. FtM exports carry no publication date of their own.
 */
public final class FtmJsonAdapter implements ListAdapter {

  @Override
  public ListFormat format() {
    return ListFormat.FTM_JSON;
  }

  @Override
  public ParsedList read(Path path) throws IOException, ListFormatException {
    List<Entity> entities = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    JsonLines.forEach(path, (lineNo, line) -> {
      Entity e;
      try {
        e = FtmJson.read(line);
      } catch (IllegalArgumentException ex) {
        throw new ListFormatException(path, "line " + lineNo + ": " + ex.getMessage(), ex);
      }
      if (!ids.add(e.id())) {
        throw new ListFormatException(path, "line " + lineNo + ": duplicate entity id " + e.id());
      }
      entities.add(e);
    });
    if (entities.isEmpty()) {
      throw new ListFormatException(path, "empty file: no FtM entities");
    }
    return new ParsedList(format(), Optional.empty(), entities);
  }
}

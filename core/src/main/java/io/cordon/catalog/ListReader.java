package io.cordon.catalog;

import io.cordon.sources.ListFormat;
import io.cordon.sources.ListFormatException;
import io.cordon.sources.ParsedList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a list file (or OFAC CSV folder) with the adapter for its format: the given one, else the
 * one detected from the content. In production this is {@code io.cordon.sources.ListAdapters::read}.
 */
@FunctionalInterface
public interface ListReader {
  ParsedList read(Path path, Optional<ListFormat> format) throws IOException, ListFormatException;
}

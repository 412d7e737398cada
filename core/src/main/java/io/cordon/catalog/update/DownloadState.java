package io.cordon.catalog.update;

import java.time.Instant;
import java.util.Optional;

/**
 * What the last successful download of one URL returned, for a conditional request next time.
 *
 * @param source       source name
 * @param url          the URL fetched
 * @param etag         the ETag header, if the server sent one
 * @param lastModified the Last-Modified header as sent, if any
 * @param sha256       hex SHA-256 of the body
 * @param checked      when it was fetched
 */
public record DownloadState(String source, String url, Optional<String> etag, Optional<String> lastModified,
                            Optional<String> sha256, Instant checked) {}

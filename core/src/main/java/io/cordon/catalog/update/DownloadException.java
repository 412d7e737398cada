package io.cordon.catalog.update;

import java.net.URI;

/** A list could not be downloaded; the message names the URL and the problem. Nothing was imported. */
public final class DownloadException extends Exception {
  private static final long serialVersionUID = 1L;

  public DownloadException(URI url, String problem, Throwable cause) {
    super(url + ": " + problem, cause);
  }
}

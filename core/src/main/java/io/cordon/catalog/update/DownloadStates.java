package io.cordon.catalog.update;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Where {@code cordon update} keeps the validators of its last downloads (store: table catalog_download). */
public interface DownloadStates {
  Optional<DownloadState> get(String source, String url);

  void put(DownloadState state);

  /** Kept in memory, for tests. */
  static DownloadStates inMemory() {
    Map<String, DownloadState> map = new HashMap<>();
    return new DownloadStates() {
      @Override
      public synchronized Optional<DownloadState> get(String source, String url) {
        return Optional.ofNullable(map.get(source + " " + url));
      }

      @Override
      public synchronized void put(DownloadState s) {
        map.put(s.source() + " " + s.url(), s);
      }
    };
  }
}

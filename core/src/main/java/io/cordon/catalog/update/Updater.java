package io.cordon.catalog.update;

import io.cordon.catalog.ImportRejectedException;
import io.cordon.catalog.ImportRequest;
import io.cordon.catalog.ImportResult;
import io.cordon.catalog.Importer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code cordon update} for one source: fetch its files into a fresh temporary folder, then import
 * them through the same {@link Importer} as {@code cordon import}. A failed or bad download is
 * reported and never touches the catalog; the validators for the next conditional request are
 * saved only once the import succeeded.
 */
public final class Updater {

  /** What happened to one source. */
  public enum Status { IMPORTED, NOT_MODIFIED, FAILED }

  /**
   * @param source  source name
   * @param status  imported (see {@code result} for active/history/unchanged), not modified, failed
   * @param result  the import, when there was one
   * @param message what failed, naming the URL or file and the problem
   */
  public record Report(String source, Status status, Optional<ImportResult> result, String message) {}

  private final Importer importer;
  private final DownloadStates states;
  private final HttpFetcher fetcher;
  private final Clock clock;
  private final Path workDir;

  /** @param workDir where temporary download folders are created (inside the home folder) */
  public Updater(Importer importer, DownloadStates states, HttpFetcher fetcher, Clock clock, Path workDir) {
    this.importer = Objects.requireNonNull(importer);
    this.states = Objects.requireNonNull(states);
    this.fetcher = Objects.requireNonNull(fetcher);
    this.clock = Objects.requireNonNull(clock);
    this.workDir = Objects.requireNonNull(workDir);
  }

  /** A fetched file with the URL it came from. */
  private record Got(OfficialSource.RemoteFile remote, URI url, HttpFetcher.Fetched fetched) {}

  public Report update(OfficialSource source, Optional<Mirror> mirror, boolean force, HttpFetcher.Progress progress)
      throws IOException, InterruptedException {
    Files.createDirectories(workDir);
    Path tmp = Files.createTempDirectory(workDir, "update-" + source.name() + "-");
    try {
      List<Got> got = new ArrayList<>();
      if (mirror.isPresent() && mirror.get() instanceof Mirror.Folder folder) {
        for (OfficialSource.RemoteFile f : source.files()) {
          Optional<Path> local = folder.find(source.name(), f.file());
          if (local.isEmpty()) {
            return failed(source, "mirror folder " + folder.dir() + " has no " + f.file());
          }
          Files.copy(local.get(), tmp.resolve(f.file()));
        }
      } else {
        boolean anyChanged = false;
        List<OfficialSource.RemoteFile> notModified = new ArrayList<>();
        for (OfficialSource.RemoteFile f : source.files()) {
          URI url = mirror.map(m -> ((Mirror.Site) m).resolve(f.file())).orElse(f.url());
          HttpFetcher.Result r;
          try {
            r = fetcher.fetch(url, tmp.resolve(f.file()), states.get(source.name(), url.toString()), progress);
          } catch (DownloadException e) {
            return failed(source, "download failed: " + e.getMessage());
          }
          if (r instanceof HttpFetcher.Fetched fetched) {
            got.add(new Got(f, url, fetched));
            anyChanged = true;
          } else {
            notModified.add(f);
          }
        }
        if (!anyChanged) {
          return new Report(source.name(), Status.NOT_MODIFIED, Optional.empty(), "not modified since the last update");
        }
        // Part of a set changed: the unchanged files are needed too, and were not kept. Fetch them in full.
        for (OfficialSource.RemoteFile f : notModified) {
          URI url = mirror.map(m -> ((Mirror.Site) m).resolve(f.file())).orElse(f.url());
          try {
            if (fetcher.fetch(url, tmp.resolve(f.file()), Optional.empty(), progress) instanceof HttpFetcher.Fetched fx) {
              got.add(new Got(f, url, fx));
            }
          } catch (DownloadException e) {
            return failed(source, "download failed: " + e.getMessage());
          }
        }
        for (Got g : got) {
          if (g.fetched().bytes() == 0) {
            return failed(source, g.url() + ": the server sent an empty file");
          }
        }
      }
      Path input = source.files().size() == 1 ? tmp.resolve(source.files().get(0).file()) : tmp;
      ImportResult result;
      try {
        result = importer.importList(ImportRequest.of(input).withSource(source.name()).withForce(force)
            .withFormat(source.format()));
      } catch (ImportRejectedException e) {
        return failed(source, "downloaded list rejected: " + e.problem());
      }
      for (Got g : got) {
        states.put(new DownloadState(source.name(), g.url().toString(), g.fetched().etag(),
            g.fetched().lastModified(), Optional.of(g.fetched().sha256()), clock.instant()));
      }
      return new Report(source.name(), Status.IMPORTED, Optional.of(result), result.outcome().label());
    } finally {
      deleteTree(tmp);
    }
  }

  private static Report failed(OfficialSource s, String message) {
    return new Report(s.name(), Status.FAILED, Optional.empty(), message);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

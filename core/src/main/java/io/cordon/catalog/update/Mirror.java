package io.cordon.catalog.update;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where to fetch lists from instead of their publishers: a folder (files looked up as
 * {@code DIR/<source>/<file>}, then {@code DIR/<file>}) or a base URL ({@code URL/<file>}).
 */
public sealed interface Mirror permits Mirror.Folder, Mirror.Site {

  record Folder(Path dir) implements Mirror {
    /** The local copy of {@code file} of {@code source}, if the folder has one. */
    public Optional<Path> find(String source, String file) {
      for (Path p : new Path[] {dir.resolve(source).resolve(file), dir.resolve(file)}) {
        if (Files.isRegularFile(p)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }

  record Site(URI base) implements Mirror {
    public URI resolve(String file) {
      String b = base.toString();
      return URI.create(b.endsWith("/") ? b : b + "/").resolve(file);
    }
  }

  /** Parses the {@code --mirror} value: an http(s) URL, else an existing folder. */
  static Mirror parse(String s) {
    if (s.startsWith("http://") || s.startsWith("https://")) {
      return new Site(URI.create(s));
    }
    Path dir = Path.of(s);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("mirror " + s + " is neither an http(s) URL nor a folder");
    }
    return new Folder(dir);
  }
}

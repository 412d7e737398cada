package io.cordon.match.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One Wikidata transliteration pair (CoLing 2018 files): a Latin name and the same name in another
 * script. Two layouts exist: {@code latin TAB c h a r s TAB count} (characters separated by
 * spaces, e.g. wd_russian_20) and {@code Latin Name TAB Native Name} (wd_korean).
 */
public record TranslitPair(int line, String latin, String nativeName) {

  public static List<TranslitPair> read(Path file) throws IOException {
    List<TranslitPair> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      String[] f = l.split("\t");
      if (f.length < 2) {
        throw new IOException(file + ": line " + (i + 1) + ": expected a Latin name, a tab and a native name");
      }
      String nativeName = f.length >= 3 ? f[1].replace(" ", "") : f[1];
      out.add(new TranslitPair(i + 1, f[0].strip(), nativeName.strip()));
    }
    return out;
  }
}

package io.cordon.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class name is used in two packages of main code, in any module: a reader who meets
 * {@code Decision} or {@code Candidate} knows which one is meant without looking at the imports.
 * It reads the source tree rather than the class path, so that it also sees the modules core does
 * not depend on (store, app, bench, spark). Top-level types only; nested types are named through
 * their owner ({@code Decision.State}).
 */
class UniqueClassNamesTest {

  @Test
  void noTopLevelClassNameInTwoPackagesOfMainCode() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    assertThat(root.resolve("core/src/main/java")).as("run from the core module").isDirectory();
    Map<String, TreeSet<String>> packagesByName = new TreeMap<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path main : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.walk(main)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
            String name = f.getFileName().toString().replace(".java", "");
            if (name.equals("package-info") || name.equals("module-info")) {
              continue;
            }
            String pkg = main.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
            packagesByName.computeIfAbsent(name, k -> new TreeSet<>()).add(pkg);
          }
        }
      }
    }
    assertThat(packagesByName).as("main code was found").hasSizeGreaterThan(100);
    Map<String, List<String>> twice = packagesByName.entrySet().stream()
        .filter(e -> e.getValue().size() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue()), (a, b) -> a, TreeMap::new));
    assertThat(twice).as("class names used in two packages of main code (rename to say which one it is)").isEmpty();
  }
}

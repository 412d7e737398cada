package io.cordon.names;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Name analysis imports ICU in one package only; matching never imports ICU or Lucene. */
class NamesArchitectureTest {
  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.cordon.names", "io.cordon.match");

  @Test
  void icuOnlyInNamesIcu() {
    noClasses().that().resideInAnyPackage("io.cordon.names", "io.cordon.match..")
        .should().dependOnClassesThat().resideInAPackage("com.ibm.icu..")
        .check(classes);
  }

  @Test
  void matchingHasNoLucene() {
    noClasses().that().resideInAnyPackage("io.cordon.names..", "io.cordon.match..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
        .check(classes);
  }
}

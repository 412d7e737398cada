package io.cordon.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of docs/ARCHITECTURE.md, checked on the compiled core instead of remembered:
 * no web or database framework in the core, heavy dependencies behind one package each, and the
 * pipeline only pointing downstream.
 */
class ImportRulesTest {
  static JavaClasses core;

  @BeforeAll
  static void load() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.cordon");
  }

  @Test
  void coreHasNoWebOrDatabaseFramework() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
        "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..", "org.flywaydb..", "java.sql..", "javax.sql..",
        "org.h2..", "org.postgresql..", "picocli..")
        .check(core);
  }

  @Test
  void icuOnlyInNamesIcu() {
    noClasses().that().resideOutsideOfPackage("io.cordon.names.icu..")
        .should().dependOnClassesThat().resideInAPackage("com.ibm.icu..").check(core);
  }

  @Test
  void prowideOnlyInPaymentProwide() {
    noClasses().that().resideOutsideOfPackage("io.cordon.screening.payment.prowide..")
        .should().dependOnClassesThat().resideInAPackage("com.prowidesoftware..").check(core);
  }

  @Test
  void luceneOnlyInIndexLucene() {
    noClasses().that().resideOutsideOfPackage("io.cordon.index.lucene..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..").check(core);
  }

  @Test
  void modelDependsOnNothingDownstream() {
    noClasses().that().resideInAPackage("io.cordon.model..")
        .should().dependOnClassesThat().resideInAnyPackage("io.cordon.sources..", "io.cordon.catalog..",
            "io.cordon.names..", "io.cordon.index..", "io.cordon.match..", "io.cordon.rules..",
            "io.cordon.screening..", "io.cordon.cases..")
        .check(core);
  }

  @Test
  void matchingDoesNotKnowTheIndexOrLaterStages() {
    noClasses().that().resideInAnyPackage("io.cordon.names..", "io.cordon.match..")
        .should().dependOnClassesThat().resideInAnyPackage("io.cordon.index..", "io.cordon.screening..",
            "io.cordon.rules..", "io.cordon.cases..", "io.cordon.catalog..")
        .check(core);
  }

  @Test
  void sourcesOnlyProduceModel() {
    noClasses().that().resideInAPackage("io.cordon.sources..")
        .should().dependOnClassesThat().resideInAnyPackage("io.cordon.catalog..", "io.cordon.names..",
            "io.cordon.index..", "io.cordon.match..", "io.cordon.rules..", "io.cordon.screening..", "io.cordon.cases..")
        .check(core);
  }
}

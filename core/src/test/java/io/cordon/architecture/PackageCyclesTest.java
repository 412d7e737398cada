package io.cordon.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No package of the engine depends on itself through others: each package (sub-packages included
 * as packages of their own) can be read, tested and replaced from the bottom of the pipeline up.
 */
class PackageCyclesTest {

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("io.cordon.(**)").should().beFreeOfCycles()
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.cordon"));
  }
}

package io.cordon.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The interface packages (cli, http, http.ui) have no cycles among themselves; the engine's own
 * packages are checked in core. (A cycle through core is impossible: core never sees the app.)
 */
class AppPackageCyclesTest {

  @Test
  void interfacePackagesAreFreeOfCycles() {
    slices().matching("io.cordon.(**)").should().beFreeOfCycles()
        .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.cordon.cli", "io.cordon.http", "io.cordon.store"));
  }
}

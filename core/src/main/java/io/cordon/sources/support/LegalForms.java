package io.cordon.sources.support;

import io.cordon.model.LegalFormTable;

/**
 * Spots a company legal form in an organisation name ("LLC", "JSC", "GmbH", "Ltd.", "ООО"), so that
 * the adapters can say Company instead of Organization: FtM treats a Company as an Organization
 * that can own assets and has registration identifiers. The forms are those of the one
 * {@link LegalFormTable}.
 */
public final class LegalForms {
  private LegalForms() {}

  /** True when the name carries a company, partnership or state-enterprise legal form. */
  public static boolean hasLegalForm(String name) {
    return LegalFormTable.standard().hasCompanyForm(name);
  }
}

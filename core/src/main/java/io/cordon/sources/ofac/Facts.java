package io.cordon.sources.ofac;

import io.cordon.model.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * What the remarks of one OFAC entry say, collected while they are parsed: properties go straight
 * onto the entity's builder; crypto wallets, "Linked To" names and sanction provisions are kept
 * aside because they become other entities (CryptoWallet, UnknownLink, Sanction).
 */
final class Facts {
  /** A wallet address from "Digital Currency Address - XBT 1abc...". */
  record Wallet(String currency, String address) {}

  final Entity.Builder entity;
  final List<Wallet> wallets = new ArrayList<>();
  final List<String> linkedTo = new ArrayList<>();
  /** Machine-readable provisions, e.g. "EO 14024 Directive 1A". */
  final List<String> provisions = new ArrayList<>();
  /** Sanction text from the remarks (directive wording, listing/effective dates, secondary sanctions). */
  final List<String> sanctionText = new ArrayList<>();

  Facts(Entity.Builder entity) {
    this.entity = entity;
  }

  boolean isPerson() {
    return entity.schema().equals(io.cordon.model.Schemata.PERSON);
  }

  /** Adds the value under the first property this schema has; returns false when it has none. */
  boolean put(String value, String... properties) {
    for (String p : properties) {
      if (entity.addIfAllowed(p, value)) {
        return true;
      }
    }
    return false;
  }
}

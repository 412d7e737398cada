package io.cordon.index.lucene;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/** Field names and the one field type of the index; build and search share them. */
final class Fields {
  private Fields() {}

  /** Keys of all names (name, alias, previousName, weakAlias) from the name-key function. */
  static final String NAME_KEY = "n";
  /** Folded plain tokens of all names: tells the search which query tokens no listed name has. */
  static final String TOKEN = "t";
  /** Character trigrams of the folded tokens: the typo fallback. */
  static final String GRAM = "g";
  /** Order-free exact names: sorted folded tokens. */
  static final String EXACT = "x";
  /** Normalised identifiers. */
  static final String ID = "id";
  /** Entity datasets and snapshot source, for filtering. */
  static final String DATASET = "ds";
  /** Stored: the entity as JSON. */
  static final String ENTITY = "e";
  /** Stored: the snapshot id. */
  static final String SNAPSHOT = "s";
  /** Stored: the entity's listing (list, programmes, listing date, reference), see PartyGroups. */
  static final String LISTING = "l";
  /** Doc values, grouped entities only: the key of the party group (PartyGroups). */
  static final String GROUP = "grp";
  /** Stored, grouped entities only: the evidence lines of the party group. */
  static final String EVIDENCE = "ev";

  /**
   * Keys are indexed once per document, without positions or norms: the relevance of a candidate is
   * then the sum of the rarity (idf) of the keys it shares with the query, whatever the length of
   * its alias list.
   */
  static final FieldType KEY = new FieldType();

  static {
    KEY.setIndexOptions(IndexOptions.DOCS);
    KEY.setOmitNorms(true);
    KEY.setTokenized(false);
    KEY.setStored(false);
    KEY.freeze();
  }

  /** Commit metadata keys. */
  static final String META_SNAPSHOTS = "cordon.snapshots";
  static final String META_KEYS = "cordon.keys";
  static final String META_FORMAT = "cordon.format";
  /** Bumped when what the build stores changes: "3" stores the organisation groups of PartyGroups rules 4-5. */
  static final String FORMAT = "3";
}

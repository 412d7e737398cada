package io.cordon.index.lucene;

import io.cordon.model.Identifiers;
import io.cordon.index.IndexInput;
import io.cordon.index.NameKeys;
import io.cordon.model.Entity;
import io.cordon.model.FtmJson;
import io.cordon.model.Prop;
import io.cordon.model.Schemata;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/** Writes the documents of one index: one per screenable entity, in input order. */
final class LuceneIndexBuilder {
  private LuceneIndexBuilder() {}

  private record Item(Entity entity, String snapshotId, String source, List<Entity> sanctions) {}

  static void write(Directory dir, List<IndexInput> inputs, NameKeys keys) throws IOException {
    List<Item> items = new ArrayList<>();
    Set<String> snapshots = new TreeSet<>();
    for (IndexInput in : inputs) {
      snapshots.add(in.snapshotId());
      Map<String, List<Entity>> sanctions = new HashMap<>();
      for (Entity e : in.entities()) {
        if (e.schema().equals(Schemata.SANCTION)) {
          for (String target : e.get(Prop.ENTITY)) {
            sanctions.computeIfAbsent(target, k -> new ArrayList<>()).add(e);
          }
        }
      }
      for (Entity e : in.entities()) {
        if (Schemata.isScreenable(e.schema())) {
          items.add(new Item(e, in.snapshotId(), in.source(), sanctions.getOrDefault(e.id(), List.of())));
        }
      }
    }
    // Entries of different lists that are one party, decided here once (see PartyGroups).
    PartyGroups groups = PartyGroups.of(items.stream()
        .map(it -> new PartyGroups.Item(it.entity(), it.source(), it.sanctions())).toList());
    String[] groupKeys = groups.keys();
    // Name analysis (transliteration, phonetics) is the costly part: run it on all cores, then add
    // the documents in input order so that document order, hence tie order, is deterministic.
    List<Document> docs = IntStream.range(0, items.size()).parallel().mapToObj(i -> {
      Item it = items.get(i);
      Document d = document(it, keys);
      d.add(new StoredField(Fields.LISTING, PartyGroups.encode(
          PartyGroups.listing(it.entity(), it.source(), it.sanctions()))));
      if (groupKeys[i] != null) {
        d.add(new SortedDocValuesField(Fields.GROUP, new BytesRef(groupKeys[i])));
        groups.evidence(i).forEach(ev -> d.add(new StoredField(Fields.EVIDENCE, ev)));
      }
      return d;
    }).toList();
    IndexWriterConfig cfg = new IndexWriterConfig(new KeywordAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(512)
        .setCommitOnClose(false);
    try (IndexWriter w = new IndexWriter(dir, cfg)) {
      for (Document d : docs) {
        w.addDocument(d);
      }
      // One segment: global doc ids index the entity cache directly, and searches visit one segment.
      w.forceMerge(1);
      w.setLiveCommitData(Map.of(
          Fields.META_SNAPSHOTS, String.join(",", snapshots),
          Fields.META_KEYS, keys.version(),
          Fields.META_FORMAT, Fields.FORMAT).entrySet());
      w.commit();
    }
  }

  static Document document(Item it, NameKeys keys) {
    Entity e = it.entity();
    Document d = new Document();
    // Weak aliases ("Bobby", "Abu X") are filed under the same keys: retrieval only proposes, and
    // the scorer is what keeps weak aliases apart (a second field would double every query's clauses).
    Set<String> nameKeys = new LinkedHashSet<>();
    Set<String> tokens = new LinkedHashSet<>();
    Set<String> exact = new LinkedHashSet<>();
    for (String name : e.names()) {
      nameKeys.addAll(keys.indexKeys(name, e.schema()));
      List<String> toks = Fold.tokens(name);
      tokens.addAll(toks);
      if (!toks.isEmpty()) {
        exact.add(Fold.exact(toks));
      }
    }
    for (String name : e.get(Prop.WEAK_ALIAS)) {
      nameKeys.addAll(keys.indexKeys(name, e.schema()));
      tokens.addAll(Fold.tokens(name));
    }
    nameKeys.forEach(k -> d.add(new Field(Fields.NAME_KEY, k, Fields.KEY)));
    exact.forEach(k -> d.add(new Field(Fields.EXACT, k, Fields.KEY)));
    Set<String> grams = new LinkedHashSet<>();
    for (String t : tokens) {
      d.add(new Field(Fields.TOKEN, t, Fields.KEY));
      grams.addAll(Fold.grams(t));
    }
    grams.forEach(g -> d.add(new Field(Fields.GRAM, g, Fields.KEY)));
    Identifiers.of(e).forEach(id -> d.add(new Field(Fields.ID, id, Fields.KEY)));
    Set<String> datasets = new LinkedHashSet<>(e.datasets());
    datasets.add(it.source());
    datasets.forEach(ds -> d.add(new Field(Fields.DATASET, ds, Fields.KEY)));
    d.add(new StoredField(Fields.ENTITY, FtmJson.encodeStored(e)));
    d.add(new StoredField(Fields.SNAPSHOT, it.snapshotId()));
    return d;
  }
}

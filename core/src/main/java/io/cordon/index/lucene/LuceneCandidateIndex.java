package io.cordon.index.lucene;

import io.cordon.index.Candidate;
import io.cordon.index.CandidateIndex;
import io.cordon.index.CandidateQuery;
import io.cordon.model.Identifiers;
import io.cordon.index.Listing;
import io.cordon.index.PartyListings;
import io.cordon.index.NameKeys;
import io.cordon.model.Entity;
import io.cordon.model.FtmJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * A searchable, immutable index. Candidates are ranked by the summed rarity of the keys they share
 * with the query; exact names and identifiers weigh far more than any key overlap, so that the
 * entity a query names exactly is always within the cap.
 */
final class LuceneCandidateIndex implements CandidateIndex {

  /** An identical (order-free) name: outweighs any overlap of keys. */
  static final float EXACT_BOOST = 30f;
  /** A shared identifier: the strongest evidence there is. */
  static final float ID_BOOST = 60f;
  /** All the trigrams of a typo token together weigh about one key. */
  static final float GRAM_BOOST = 0.8f;
  /** Query tokens shorter than this get no n-gram fallback (initials, particles). */
  static final int GRAM_MIN_TOKEN = 4;
  /** A key is "common" when more than 1/COMMON_SHARE of all entities (at least COMMON_MIN) carry it. */
  static final int COMMON_SHARE = 20;
  static final int COMMON_MIN = 200;
  /** Most entities appended for one exact name beyond the cap. */
  private static final int MAX_EXACT = 1000;
  /**
   * Clauses of one query, nested ones included, below Lucene's limit (1024, counted over the whole
   * tree): whatever the input, the index drops the weakest parts of an oversized query rather than
   * failing with TooManyClauses. (Interfaces reject such input earlier, see QueryLimits.)
   */
  static final int MAX_CLAUSES = 1000;
  /** Only the first characters of an unknown token make n-grams: enough to find a typo. */
  static final int GRAM_MAX_TOKEN = 40;

  private final Directory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final NameKeys keys;
  private final Set<String> snapshotIds;
  private final AtomicReferenceArray<Candidate> cache;
  private final AtomicReferenceArray<Object> derived;
  /** Every folded token of every listed name, held in memory: "is this query token known?" is asked
   *  for each query token, and a term-dictionary seek per token cost more than the rest of retrieval. */
  private final Map<String, Integer> vocabulary;
  /** Every exact (order-free) name in the index: most query names are in no list, and the
   *  term-dictionary seek that would find that out cost a twentieth of a screen. */
  private final Set<String> exactNames;
  /**
   * Term statistics of name keys and trigrams, looked up once per index rather than once per
   * screen: a customer book repeats its words, and the term-dictionary seeks were a tenth of a
   * screen. The index is immutable, so a cached TermStates is the one a new lookup would build
   * (Lucene copies the TermState it holds, never changes it). Bounded by clearing when full.
   */
  private final java.util.concurrent.ConcurrentHashMap<Term, TermStates> termStates =
      new java.util.concurrent.ConcurrentHashMap<>();
  static final int TERM_STATES_MAX = 50_000;
  /** Per document: its party group's number, or -1 when listed once; per group: its documents. */
  private final int[] groupOf;
  private final int[][] groupDocs;
  /** Per document: its party listings, built on first use. */
  private final AtomicReferenceArray<PartyListings> listings;
  /**
   * Per set of datasets asked for: whether it selects every document. Then the filter is left out:
   * it changes no score and no result, but a filter clause keeps Lucene from skipping the documents
   * that cannot enter the top, and cost up to twice the search (a payment policy selects all lists).
   */
  private final java.util.concurrent.ConcurrentHashMap<Set<String>, Boolean> selectsAll =
      new java.util.concurrent.ConcurrentHashMap<>();

  private LuceneCandidateIndex(Directory dir, DirectoryReader reader, NameKeys keys, Set<String> snapshotIds)
      throws IOException {
    this.dir = dir;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    // Every screen is a new query: caching would only cost.
    this.searcher.setQueryCache(null);
    this.keys = keys;
    this.snapshotIds = snapshotIds;
    this.cache = new AtomicReferenceArray<>(reader.maxDoc());
    this.derived = new AtomicReferenceArray<>(reader.maxDoc());
    this.vocabulary = vocabulary(reader);
    this.exactNames = terms(reader, Fields.EXACT);
    this.groupOf = new int[reader.maxDoc()];
    this.groupDocs = groups(reader, groupOf);
    this.listings = new AtomicReferenceArray<>(reader.maxDoc());
  }

  /** Reads the party groups from doc values (only grouped documents carry one): a few ms at open. */
  private static int[][] groups(DirectoryReader reader, int[] groupOf) throws IOException {
    Arrays.fill(groupOf, -1);
    Map<String, List<Integer>> byKey = new java.util.TreeMap<>();
    for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues dv = leaf.reader().getSortedDocValues(Fields.GROUP);
      if (dv == null) {
        continue;
      }
      for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
        byKey.computeIfAbsent(dv.lookupOrd(dv.ordValue()).utf8ToString(), k -> new ArrayList<>())
            .add(leaf.docBase + doc);
      }
    }
    int[][] out = new int[byKey.size()][];
    int g = 0;
    for (List<Integer> docs : byKey.values()) {
      out[g] = docs.stream().mapToInt(Integer::intValue).toArray();
      for (int d : out[g]) {
        groupOf[d] = g;
      }
      g++;
    }
    return out;
  }

  @Override
  public PartyListings listings(Candidate c) {
    int doc = c.ordinal();
    PartyListings p = listings.get(doc);
    if (p != null) {
      return p;
    }
    try {
      StoredFields stored = reader.storedFields();
      Listing own = listing(stored, doc);
      if (groupOf[doc] < 0) {
        p = PartyListings.single(own);
      } else {
        List<Listing> all = new ArrayList<>();
        String key = null;
        for (int d : groupDocs[groupOf[doc]]) {
          Listing l = d == doc ? own : listing(stored, d);
          all.add(l);
          key = key == null || l.entityId().compareTo(key) < 0 ? l.entityId() : key;
        }
        all.sort(java.util.Comparator.comparing(Listing::entityId));
        List<String> evidence = Arrays.asList(stored.document(doc, Set.of(Fields.EVIDENCE)).getValues(Fields.EVIDENCE));
        p = new PartyListings(key, all, evidence).representedBy(own.entityId());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading listings", e);
    }
    listings.compareAndSet(doc, null, p);
    return listings.get(doc);
  }

  private static Listing listing(StoredFields stored, int doc) throws IOException {
    String s = stored.document(doc, Set.of(Fields.LISTING)).get(Fields.LISTING);
    return PartyGroups.decode(s);
  }

  /** Every folded token with the number of entities carrying it (alert priority reads the counts). */
  private static Map<String, Integer> vocabulary(DirectoryReader reader) throws IOException {
    Map<String, Integer> out = new java.util.HashMap<>();
    for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
      org.apache.lucene.index.Terms terms = leaf.reader().terms(Fields.TOKEN);
      if (terms != null) {
        org.apache.lucene.index.TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          out.merge(t.utf8ToString(), te.docFreq(), Integer::sum);
        }
      }
    }
    return Map.copyOf(out);
  }

  /** Every term of a field, as strings. */
  private static Set<String> terms(DirectoryReader reader, String field) throws IOException {
    Set<String> out = new java.util.HashSet<>();
    for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
      org.apache.lucene.index.Terms terms = leaf.reader().terms(field);
      if (terms != null) {
        org.apache.lucene.index.TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          out.add(t.utf8ToString());
        }
      }
    }
    return Set.copyOf(out);
  }

  @Override
  public List<Integer> tokenCounts(String name) {
    List<Integer> out = new ArrayList<>();
    for (String t : Fold.tokens(name)) {
      out.add(vocabulary.getOrDefault(t, 0));
    }
    return out;
  }

  static LuceneCandidateIndex open(Directory dir, NameKeys keys) throws IOException {
    DirectoryReader reader = DirectoryReader.open(dir);
    try {
      Map<String, String> meta = reader.getIndexCommit().getUserData();
      if (!Fields.FORMAT.equals(meta.get(Fields.META_FORMAT))) {
        throw new IOException("index in " + dir + " has format " + meta.get(Fields.META_FORMAT)
            + ", expected " + Fields.FORMAT + ": rebuild it");
      }
      if (!keys.version().equals(meta.get(Fields.META_KEYS))) {
        throw new IOException("index in " + dir + " was built with name keys " + meta.get(Fields.META_KEYS)
            + ", not " + keys.version() + ": rebuild it");
      }
      String snaps = meta.getOrDefault(Fields.META_SNAPSHOTS, "");
      // sorted: written into every result line, which must not depend on the JVM run (Set.copyOf's
      // order does), so that cordon batch and spark-batch give the same lines
      Set<String> ids = snaps.isEmpty() ? Set.of()
          : java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(Arrays.asList(snaps.split(","))));
      return new LuceneCandidateIndex(dir, reader, keys, ids);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  @Override
  public Set<String> snapshotIds() {
    return snapshotIds;
  }

  @Override
  public int size() {
    return reader.numDocs();
  }

  @Override
  public List<Candidate> candidates(CandidateQuery q) {
    try {
      Map<Term, TermStates> exact = new java.util.HashMap<>();
      Query query = query(q, exact);
      if (query == null) {
        return List.of();
      }
      // Count hits only up to the cap: past it Lucene may skip documents that cannot enter the top.
      TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(q.cap(), null, q.cap()));
      ScoreDoc[] docs = top.scoreDocs;
      if (docs.length == q.cap()) {
        docs = withAllExact(q, docs, exact);
      }
      List<Candidate> out = new ArrayList<>(docs.length);
      StoredFields stored = null;
      for (ScoreDoc sd : docs) {
        Candidate c = cache.get(sd.doc);
        if (c == null) {
          if (stored == null) {
            stored = reader.storedFields();
          }
          c = load(stored, sd.doc);
          cache.compareAndSet(sd.doc, null, c);
        }
        out.add(new Candidate(c.entity(), c.snapshotId(), sd.score, sd.doc));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("searching index", e);
    }
  }

  /**
   * The cap must never hide an entity that carries the query name exactly (the control test): when
   * the top is full, every exact holder missing from it is appended, however many share the name.
   */
  private ScoreDoc[] withAllExact(CandidateQuery q, ScoreDoc[] docs, Map<Term, TermStates> looked) throws IOException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    // an exact name no entity carries (nearly every row of a customer book) needs no second search:
    // the query already looked its term up
    boolean anyHolder = false;
    for (String name : q.names()) {
      List<String> toks = Fold.tokens(name);
      if (!toks.isEmpty() && n++ < MAX_CLAUSES - q.datasets().size() - 3) {
        Term t = new Term(Fields.EXACT, Fold.exact(toks));
        TermStates states = looked.get(t);
        anyHolder |= states == null || states.docFreq() > 0;
        b.add(states == null ? new TermQuery(t) : new TermQuery(t, states), BooleanClause.Occur.SHOULD);
      }
    }
    if (n == 0 || !anyHolder) {
      return docs;
    }
    Query exact = filtered(b.build(), q.datasets());
    TopDocs all = searcher.search(exact, MAX_EXACT);
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (ScoreDoc sd : docs) {
      seen.add(sd.doc);
    }
    List<ScoreDoc> out = new ArrayList<>(Arrays.asList(docs));
    for (ScoreDoc sd : all.scoreDocs) {
      if (seen.add(sd.doc)) {
        out.add(sd);
      }
    }
    return out.toArray(new ScoreDoc[0]);
  }

  private Query filtered(Query main, Set<String> datasets) throws IOException {
    if (datasets.isEmpty()) {
      return main;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String d : datasets) {
      b.add(new TermQuery(new Term(Fields.DATASET, d)), BooleanClause.Occur.SHOULD);
    }
    BooleanQuery ds = b.build();
    Boolean all = selectsAll.get(datasets);
    if (all == null) {
      all = searcher.count(ds) == reader.numDocs();
      if (selectsAll.size() < 1_000) {
        selectsAll.put(Set.copyOf(datasets), all);
      }
    }
    if (all) {
      return main;
    }
    return new BooleanQuery.Builder()
        .add(main, BooleanClause.Occur.MUST)
        .add(ds, BooleanClause.Occur.FILTER)
        .build();
  }

  /** The query, or null when the input has nothing to search by. */
  Query query(CandidateQuery q) throws IOException {
    return query(q, new java.util.HashMap<>());
  }

  /** {@link #query(CandidateQuery)}, keeping the statistics of its exact-name terms in {@code exact}. */
  private Query query(CandidateQuery q, Map<Term, TermStates> exact) throws IOException {
    // Keyed by term so that a key shared by several query names counts once, at its best weight.
    Map<Term, Float> terms = new LinkedHashMap<>();
    List<BooleanQuery> gramQueries = new ArrayList<>();
    for (int i = 0; i < q.names().size(); i++) {
      String name = q.names().get(i);
      List<String> toks = Fold.tokens(name);
      if (toks.isEmpty()) {
        continue;
      }
      put(terms, new Term(Fields.EXACT, Fold.exact(toks)), EXACT_BOOST);
      Set<String> nameKeys = q.analysed().isEmpty() ? keys.indexKeys(name, q.schema())
          : keys.indexKeys(q.analysed().get(i), q.schema());
      for (String k : nameKeys) {
        put(terms, new Term(Fields.NAME_KEY, k), 1f);
      }
      for (String t : toks) {
        if (t.length() >= GRAM_MIN_TOKEN && !vocabulary.containsKey(t)) {
          gramQueries.add(grams(t));
        }
      }
    }
    for (String id : q.identifiers()) {
      String n = Identifiers.normalise(id);
      if (!n.isEmpty()) {
        put(terms, new Term(Fields.ID, n), ID_BOOST);
      }
    }
    if (terms.isEmpty() && gramQueries.isEmpty()) {
      return null;
    }
    // (terms that match nothing are dropped below; an all-empty query then matches nothing)
    // Look each term up once (the TermQuery reuses it): terms no entity has are dropped, and when the
    // query has rarer keys, keys shared by a large share of all entities ("mohammed", a common
    // phonetic key) are dropped too: they hardly change the ranking but scanning their postings was
    // most of the retrieval time.
    List<TermQuery> found = new ArrayList<>(terms.size());
    boolean anyRare = false;
    int common = Math.max(COMMON_MIN, reader.maxDoc() / COMMON_SHARE);
    for (Term t : terms.keySet()) {
      TermStates states;
      if (t.field().equals(Fields.NAME_KEY)) {
        states = states(t);
      } else if (t.field().equals(Fields.EXACT) && !exactNames.contains(t.text())) {
        // no entity carries this name: what the lookup would say (docFreq 0), without the seek
        states = new TermStates(searcher.getTopReaderContext());
      } else {
        states = TermStates.build(searcher, t, true);
      }
      if (t.field().equals(Fields.EXACT)) {
        exact.put(t, states);
      }
      int df = states.docFreq();
      if (df > 0) {
        found.add(new TermQuery(t, states));
        anyRare |= df <= common && t.field().equals(Fields.NAME_KEY);
      }
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    // every clause counts, nested ones too; the dataset filter and the wrappers need room as well
    int budget = MAX_CLAUSES - q.datasets().size() - 3;
    int n = 0;
    for (TermQuery tq : found) {
      Term t = tq.getTerm();
      if (anyRare && t.field().equals(Fields.NAME_KEY) && tq.getTermStates().docFreq() > common) {
        continue;
      }
      if (n + 1 > budget) {
        break;
      }
      n++;
      float boost = terms.get(t);
      b.add(boost == 1f ? tq : new BoostQuery(tq, boost), BooleanClause.Occur.SHOULD);
    }
    for (BooleanQuery g : gramQueries) {
      int cost = g.clauses().size() + 1;
      if (n + cost > budget) {
        break;
      }
      n += cost;
      b.add(new BoostQuery(g, GRAM_BOOST / g.clauses().size()), BooleanClause.Occur.SHOULD);
    }
    return filtered(b.build(), q.datasets());
  }

  private static void put(Map<Term, Float> terms, Term t, float boost) {
    terms.merge(t, boost, Math::max);
  }

  /** The statistics of a term, from the cache (see {@link #termStates}). */
  private TermStates states(Term t) throws IOException {
    TermStates s = termStates.get(t);
    if (s == null) {
      s = TermStates.build(searcher, t, true);
      if (termStates.size() >= TERM_STATES_MAX) {
        termStates.clear();
      }
      termStates.put(t, s);
    }
    return s;
  }

  private BooleanQuery grams(String token) throws IOException {
    List<String> grams = Fold.grams(token.length() > GRAM_MAX_TOKEN ? token.substring(0, GRAM_MAX_TOKEN) : token);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String g : grams) {
      Term t = new Term(Fields.GRAM, g);
      b.add(new TermQuery(t, states(t)), BooleanClause.Occur.SHOULD);
    }
    // Half the grams must match: "putni" reaches "putin" but not every name with "ut".
    b.setMinimumNumberShouldMatch(Math.max(1, grams.size() / 2));
    return b.build();
  }

  private Candidate load(StoredFields stored, int doc) throws IOException {
    Document d = stored.document(doc);
    IndexableField ef = d.getField(Fields.ENTITY);
    BytesRef bytes = ef.binaryValue();
    Entity e = FtmJson.decodeStored(bytes.bytes, bytes.offset, bytes.length);
    return new Candidate(e, d.get(Fields.SNAPSHOT), 0f, doc);
  }

  @Override
  public void preload() {
    try {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (cache.get(doc) == null) {
          cache.compareAndSet(doc, null, load(stored, doc));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("loading index entities", e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T derived(Candidate c, Function<Entity, T> derive) {
    Object v = derived.get(c.ordinal());
    if (v == null) {
      v = derive.apply(c.entity());
      // Two threads may derive the same entity at once; both values are equal, keep the first.
      if (!derived.compareAndSet(c.ordinal(), null, v)) {
        v = derived.get(c.ordinal());
      }
    }
    return (T) v;
  }

  @Override
  public void preload(Function<Entity, ?> derive) {
    preload();
    IntStream.range(0, reader.maxDoc()).parallel().forEach(doc -> {
      if (derived.get(doc) == null) {
        derived.compareAndSet(doc, null, derive.apply(cache.get(doc).entity()));
      }
    });
  }

  @Override
  public void close() {
    try {
      reader.close();
      dir.close();
    } catch (IOException e) {
      throw new UncheckedIOException("closing index", e);
    }
  }

  @Override
  public String toString() {
    return "LuceneCandidateIndex" + snapshotIds + " (" + size() + " entities)";
  }
}

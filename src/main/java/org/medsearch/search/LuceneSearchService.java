package org.medsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.medsearch.analysis.Analyzers;
import org.medsearch.analysis.Glossary;
import org.medsearch.config.IndexConfig;
import org.medsearch.index.DocumentMapper;
import org.medsearch.index.Fields;
import org.medsearch.index.IndexException;
import org.medsearch.index.Indexer;
import org.medsearch.index.SuggestionList;

/**
 * {@link SearchService} over one Lucene index folder. A background task checks for a new commit
 * every second and switches to it atomically, so a rebuild by another process shows up without a
 * restart and a search never sees half of one.
 */
public final class LuceneSearchService implements SearchService {
  private static final long REFRESH_MILLIS = 1000;
  /** Below this many hits an English query is offered a spelling correction. */
  private static final int FEW_HITS = 3;
  /** The longest prefix {@link #suggest} completes. */
  static final int MAX_SUGGEST_CHARS = 100;
  private static final Set<String> HIT_FIELDS =
      Set.of(
          Fields.ID, Fields.TITLE, Fields.LANGUAGE, Fields.DATE, Fields.YEAR, Fields.SOURCE, Fields.DOC_TYPE,
          Fields.INSTITUTION, Fields.PARENT_ID);
  private static final Set<String> ID_ONLY = Set.of(Fields.ID);
  private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));
  private static final Sort BY_DATE;

  static {
    SortedNumericSortField newestFirst = new SortedNumericSortField(Fields.DATE_DAYS, SortField.Type.LONG, true);
    newestFirst.setMissingValue(Long.MIN_VALUE);
    BY_DATE = new Sort(newestFirst, SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));
  }

  private final IndexConfig config;
  private final Directory directory;
  private final SearcherManager searchers;
  private final FacetsConfig facetsConfig = DocumentMapper.facetsConfig();
  private final QueryBuilder queryBuilder;
  private final Highlighting highlighting;
  private final DidYouMean didYouMean = new DidYouMean();
  private final ScheduledExecutorService refresher;
  /**
   * The first search of a service loads smartcn's dictionaries and runs cold code: its time says
   * nothing about the query, so it runs without {@code search.timeout_ms} (otherwise a one-shot
   * {@code search} command on a busy machine would answer with a cut-short, empty page).
   */
  private volatile boolean warm;
  private volatile String lastRefreshProblem;
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LuceneSearchService.class);

  private LuceneSearchService(IndexConfig config, Glossary glossary, Directory directory, SearcherManager searchers) {
    this.config = config;
    this.directory = directory;
    this.searchers = searchers;
    this.queryBuilder = new QueryBuilder(Analyzers.perFieldForQuery(config), config, glossary);
    this.highlighting = new Highlighting(Analyzers.perField(config), config);
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "index-refresh");
              t.setDaemon(true);
              return t;
            });
    refresher.scheduleWithFixedDelay(this::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Opens the index in {@code indexDir} with the configured glossaries; fails with a clear message when there is none. */
  public static LuceneSearchService open(Path indexDir, IndexConfig config) {
    try {
      return open(indexDir, config, Glossary.load(config, List.of()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the index in {@code indexDir}, expanding queries with {@code glossary}. */
  public static LuceneSearchService open(Path indexDir, IndexConfig config, Glossary glossary) {
    if (!Files.isDirectory(indexDir)) {
      throw IndexException.noIndex(indexDir);
    }
    Directory directory = null;
    try {
      directory = FSDirectory.open(indexDir);
      BM25Similarity similarity = new BM25Similarity(config.ranking().bm25K1(), config.ranking().bm25B());
      FacetsConfig facets = DocumentMapper.facetsConfig();
      Set<String> stopwords = Set.copyOf(config.search().queryStopwords());
      FacetCombinationCache combinations = new FacetCombinationCache();
      SearcherManager manager =
          new SearcherManager(
              directory,
              new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                  SuggestionList suggestions = SuggestionList.of((DirectoryReader) reader, stopwords);
                  FacetedSearcher searcher = new FacetedSearcher(reader, facetState(reader, facets), combinations, suggestions);
                  if (previous != null) {
                    searcher.prepareLookups();
                  }
                  searcher.setSimilarity(similarity);
                  return searcher;
                }
              });
      return new LuceneSearchService(config, glossary, directory, manager);
    } catch (IndexNotFoundException e) {
      closeQuietly(directory);
      throw IndexException.noIndex(indexDir, e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(directory);
      throw new IndexException(indexDir + ": the index cannot be opened: " + e.getMessage(), e);
    }
  }

  /** True when {@code indexDir} holds a committed index. */
  public static boolean exists(Path indexDir) {
    if (!Files.isDirectory(indexDir)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      return DirectoryReader.indexExists(dir);
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public SearchResponse search(SearchRequest request) {
    long start = System.nanoTime();
    validate(request);
    Sort sort = request.sort() == SearchRequest.SortOrder.DATE || request.query().isBlank() ? BY_DATE : BY_RELEVANCE;
    FieldDoc after = request.cursor() == null ? null : Cursor.decode(request.cursor(), sort == BY_DATE);
    int from = after == null ? (request.page() - 1) * request.size() : 0;
    int topN = from + request.size() + 1; // one more tells whether a next page exists
    return withSearcher(searcher -> {
      // Built on the searcher it runs on: corrections and question words read its commit's terms.
      Query text = textQuery(searcher, withCorrections(searcher, request.query(), request.syntax()), request.syntax());
      Query query = withDateRange(text, request.dateFrom(), request.dateTo());
      FacetedSearcher faceted = (FacetedSearcher) searcher;
      // Drill-sideways scoring of facet filters cannot run in time-limited windows: those go untimed.
      IndexSearcher timed = warm && request.filters().isEmpty() ? timeLimited(searcher, start) : searcher;
      TopDocs hits;
      TopFacetValues facets = NO_FACETS;
      if (faceted.facetState == null) {
        hits = timed.searchAfter(after, query, topN, sort, true);
      } else if (request.filters().isEmpty()) {
        CollectedFacetCounts counts = new CollectedFacetCounts(faceted.facetState, faceted.facetCombinations::get);
        int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc()); // a collector needs room for one hit
        TopFieldCollectorManager top = new TopFieldCollectorManager(sort, Math.min(topN, maxDoc), after, Integer.MAX_VALUE);
        hits = (TopDocs) timed.search(query, new MultiCollectorManager(top, counts))[0];
        if (sort == BY_RELEVANCE) {
          // The score is the sort's first value: no need to score the page's hits again.
          for (ScoreDoc hit : hits.scoreDocs) {
            hit.score = (Float) ((FieldDoc) hit).fields[0];
          }
        } else {
          TopFieldCollector.populateScores(hits.scoreDocs, timed, query);
        }
        facets = counts::top;
      } else {
        DrillSideways.DrillSidewaysResult result =
            new DrillSideways(timed, facetsConfig, faceted.facetState) {
              @Override
              protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] sideways, String[] dims) {
                return null; // counted below, from the same hits, by the segments' value sets
              }
            }.search(drillDown(query, request), null, after, topN, sort, true);
        hits = result.hits;
        facets = sidewaysCounts(result, faceted);
      }
      boolean more = hits.scoreDocs.length == topN;
      ScoreDoc[] page = pageOf(hits.scoreDocs, from, request.size());
      List<SearchResponse.Hit> pageHits = toHits(searcher, text, page);
      boolean timedOut = timed != searcher && timed.timedOut();
      warm = true;
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResponse(
          request.query(),
          hits.totalHits.value(),
          tookMs,
          request.page(),
          request.size(),
          sort == BY_DATE ? "date" : "relevance",
          pageHits,
          facetCounts(facets),
          timedOut ? null : didYouMean(searcher, request, hits.totalHits.value()),
          timedOut,
          more ? Cursor.encode((FieldDoc) page[page.length - 1], sort == BY_DATE) : null);
    });
  }

  /**
   * A searcher over the same reader that stops collecting once {@code search.timeout_ms} since
   * {@code startNanos} have passed; its own, because whether it timed out is kept per searcher.
   */
  private IndexSearcher timeLimited(IndexSearcher searcher, long startNanos) {
    IndexSearcher timed = new IndexSearcher(searcher.getIndexReader());
    timed.setSimilarity(searcher.getSimilarity());
    long deadline = startNanos + TimeUnit.MILLISECONDS.toNanos(config.search().timeoutMs());
    timed.setTimeout(() -> System.nanoTime() - deadline >= 0);
    return timed;
  }

  /** The Lucene query for {@code query}, its common words weighed by this searcher's document frequencies. */
  private Query textQuery(IndexSearcher searcher, String query, SearchRequest.QuerySyntax syntax) throws IOException {
    return CommonTerms.split(queryBuilder.build(query, syntax), searcher, config.search().cutoffFrequency(),
        config.search().cutoffMinDocuments());
  }

  /**
   * A long simple-syntax query cut to its {@code search.max_question_words} rarest words; then a
   * search-box question ({@code search.spelling_corrections_min_words} words or more) with the
   * closest indexed spelling beside each word the index does not hold: typed questions carry
   * typos that would otherwise match nothing. Shorter queries stay as typed (did_you_mean offers
   * their correction).
   */
  private String withCorrections(IndexSearcher searcher, String query, SearchRequest.QuerySyntax syntax) throws IOException {
    if (syntax != SearchRequest.QuerySyntax.SIMPLE || query.isBlank()) {
      return query;
    }
    String shortened = QuestionWords.rarest(searcher.getIndexReader(), query, config.search().maxQuestionWords());
    int minWords = config.search().spellingCorrectionsMinWords();
    if (minWords <= 0 || shortened.strip().split("\\s+").length < minWords) {
      return shortened;
    }
    String corrected = didYouMean.addCorrections(searcher.getIndexReader(), shortened);
    return corrected == null ? shortened : corrected;
  }

  /** The query with its misspellings corrected, when it finds few documents and the correction finds more. */
  private String didYouMean(IndexSearcher searcher, SearchRequest request, long total) throws IOException {
    if (total >= FEW_HITS) {
      return null;
    }
    String corrected = didYouMean.correct(searcher.getIndexReader(), request.query());
    if (corrected == null) {
      return null;
    }
    Query query;
    try {
      query = withDateRange(textQuery(searcher, corrected, request.syntax()), request.dateFrom(), request.dateTo());
    } catch (InvalidRequestException e) {
      return null; // A correction that is no longer a valid query is no help.
    }
    return searcher.count(drillDown(query, request)) > total ? corrected : null;
  }

  private DrillDownQuery drillDown(Query query, SearchRequest request) {
    DrillDownQuery drillDown = new DrillDownQuery(facetsConfig, query);
    request.filters().forEach((dim, values) -> values.forEach(v -> drillDown.add(dim, v)));
    return drillDown;
  }

  @Override
  public SuggestResponse suggest(String prefix, int size) {
    if (size < 1 || size > MAX_SUGGESTIONS) {
      throw new InvalidRequestException("size must be within 1.." + MAX_SUGGESTIONS + ", got " + size);
    }
    String query = prefix == null ? "" : prefix;
    requireAtMost("prefix", query, MAX_SUGGEST_CHARS);
    return withSearcher(searcher -> new SuggestResponse(query, ((FacetedSearcher) searcher).suggester().join().suggest(query, size)));
  }

  /**
   * Starts building the current commit's suggester and its segments' facet value sets on another
   * thread, where they are not built or being built yet.
   */
  public void prepareLookups() {
    withSearcher(searcher -> {
      ((FacetedSearcher) searcher).prepareLookups();
      return null;
    });
  }

  /** True once the current commit's suggester is built or being built. */
  public boolean suggestionsPrepared() {
    return withSearcher(searcher -> ((FacetedSearcher) searcher).suggesterStarted());
  }

  /** The building of the current commit's facet value sets; null until {@link #prepareLookups}. */
  CompletableFuture<Void> facetCombinationsBuilt() {
    return withSearcher(searcher -> ((FacetedSearcher) searcher).facetCombinationsBuilt());
  }

  @Override
  public List<ScoredId> rank(String query, SearchRequest.QuerySyntax syntax, int depth) {
    if (depth < 1) {
      throw new InvalidRequestException("depth must be >= 1, got " + depth);
    }
    return withSearcher(searcher -> {
      Query text = textQuery(searcher, withCorrections(searcher, query, syntax), syntax);
      TopDocs top = searcher.search(text, depth, BY_RELEVANCE, true);
      var stored = searcher.storedFields();
      List<ScoredId> ranked = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc hit : top.scoreDocs) {
        ranked.add(new ScoredId(stored.document(hit.doc, ID_ONLY).get(Fields.ID), hit.score));
      }
      return ranked;
    });
  }

  @FunctionalInterface
  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code work} on the current searcher, released afterwards; too complex a query is a bad request. */
  private <T> T withSearcher(SearcherWork<T> work) {
    IndexSearcher searcher = acquire();
    try {
      return work.apply(searcher);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidRequestException("query too complex: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  @Override
  public Optional<DocumentView> document(String id) {
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
      return Optional.of(
          new DocumentView(
              doc.get(Fields.ID),
              doc.get(Fields.TITLE),
              doc.get(Fields.LANGUAGE),
              doc.get(Fields.DATE),
              year(doc),
              doc.get(Fields.SOURCE),
              doc.get(Fields.DOC_TYPE),
              List.of(doc.getValues(Fields.INSTITUTION)),
              doc.get(Fields.PARENT_ID),
              doc.get(Fields.BODY)));
    });
  }

  @Override
  public IndexStatus status() {
    return withSearcher(searcher -> {
      DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
      var commit = reader.getIndexCommit();
      return new IndexStatus(reader.numDocs(), commit.getGeneration(), commit.getUserData().get(Indexer.BUILT_AT));
    });
  }

  /** Switches to the newest commit now, if there is one. */
  public void refresh() {
    try {
      // Blocking: a refresh already under way (the timer's) may have opened the commit before the
      // newest, and "now" must not return before the newest is served.
      searchers.maybeRefreshBlocking();
    } catch (IOException | RuntimeException e) {
      // The previous searcher stays in service; the next tick tries again. Said once per cause, not
      // every second.
      String problem = e.toString();
      if (!problem.equals(lastRefreshProblem)) {
        LOG.warn("cannot switch to the newest commit, still serving the previous one: {}", problem);
        lastRefreshProblem = problem;
      }
      return;
    }
    lastRefreshProblem = null;
  }

  @Override
  public void close() throws IOException {
    refresher.shutdownNow();
    try {
      searchers.close();
    } finally {
      directory.close();
    }
  }

  private void validate(SearchRequest r) {
    IndexConfig.SearchConfig limits = config.search();
    if (r.page() < 1) {
      throw new InvalidRequestException("page must be >= 1, got " + r.page());
    }
    if (r.cursor() != null && r.page() != 1) {
      throw new InvalidRequestException("give either cursor or page, not both");
    }
    requireAtMost("query", r.query(), limits.maxQueryChars());
    if (r.size() < 1 || r.size() > limits.maxPageSize()) {
      throw new InvalidRequestException("size must be within 1.." + limits.maxPageSize() + ", got " + r.size());
    }
    if ((long) r.page() * r.size() > limits.maxResultWindow()) {
      throw new InvalidRequestException(
          "page x size must not exceed " + limits.maxResultWindow() + " (got " + r.page() + " x " + r.size() + ")");
    }
    for (String facet : r.filters().keySet()) {
      if (config.facets().stream().noneMatch(f -> f.name().equals(facet))) {
        throw new InvalidRequestException("unknown facet filter '" + facet + "'");
      }
    }
    if (r.dateFrom() != null && r.dateTo() != null && r.dateFrom().isAfter(r.dateTo())) {
      throw new InvalidRequestException("date_from " + r.dateFrom() + " is after date_to " + r.dateTo());
    }
  }

  private static void requireAtMost(String what, String text, int maxChars) {
    if (text.length() > maxChars) {
      throw new InvalidRequestException(
          what + " too long: at most " + maxChars + " characters, got " + text.length());
    }
  }

  private static Query withDateRange(Query text, LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return text;
    }
    long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
    long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(LongField.newRangeQuery(Fields.DATE_DAYS, lo, hi), BooleanClause.Occur.FILTER)
        .build();
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, int from, int size) {
    if (from >= all.length) {
      return new ScoreDoc[0];
    }
    return java.util.Arrays.copyOfRange(all, from, Math.min(all.length, from + size));
  }

  private List<SearchResponse.Hit> toHits(IndexSearcher searcher, Query text, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return List.of();
    }
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    Highlighting.Highlights highlights = highlighting.highlight(searcher, text, docIds, HIT_FIELDS);
    List<SearchResponse.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = highlights.stored()[i];
      hits.add(
          new SearchResponse.Hit(
              doc.get(Fields.ID),
              doc.get(Fields.TITLE),
              highlights.titles()[i],
              doc.get(Fields.LANGUAGE),
              doc.get(Fields.DATE),
              year(doc),
              doc.get(Fields.SOURCE),
              doc.get(Fields.DOC_TYPE),
              List.of(doc.getValues(Fields.INSTITUTION)),
              doc.get(Fields.PARENT_ID),
              Float.isNaN(page[i].score) ? 0f : page[i].score,
              highlights.snippets()[i]));
    }
    return hits;
  }

  /** The most frequent values of one facet dimension among a search's hits. */
  @FunctionalInterface
  private interface TopFacetValues {
    List<SearchResponse.FacetCount> top(String dim, int n) throws IOException;
  }

  private static final TopFacetValues NO_FACETS = (dim, n) -> List.of();

  /**
   * Drill-sideways counts: a filtered dimension's values among the hits of the other filters (so
   * its own filter does not hide its other values), every other dimension's among all the hits.
   */
  private static TopFacetValues sidewaysCounts(DrillSideways.DrillSidewaysResult result, FacetedSearcher searcher)
      throws IOException {
    Map<String, CollectedFacetCounts> byDim = new HashMap<>();
    for (int i = 0; i < result.drillSidewaysDims.length; i++) {
      byDim.put(
          result.drillSidewaysDims[i],
          CollectedFacetCounts.of(result.drillSidewaysFacetsCollector[i], searcher.facetState, searcher.facetCombinations::get));
    }
    CollectedFacetCounts all =
        CollectedFacetCounts.of(result.drillDownFacetsCollector, searcher.facetState, searcher.facetCombinations::get);
    return (dim, n) -> byDim.getOrDefault(dim, all).top(dim, n);
  }

  private Map<String, List<SearchResponse.FacetCount>> facetCounts(TopFacetValues facets) throws IOException {
    Map<String, List<SearchResponse.FacetCount>> out = new LinkedHashMap<>();
    for (IndexConfig.FacetConfig facet : config.facets()) {
      out.put(facet.name(), facets.top(facet.name(), config.snippets().facetValues()));
    }
    return out;
  }

  private static Integer year(Document doc) {
    String year = doc.get(Fields.YEAR);
    return year == null ? null : Integer.valueOf(year);
  }

  private IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SortedSetDocValuesReaderState facetState(IndexReader reader, FacetsConfig facets) {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, facets);
    } catch (IllegalArgumentException | IOException e) {
      // An index without facet values (none of its documents has one) is searched without counts.
      return null;
    }
  }

  private static void closeQuietly(Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // Already failing with a clearer message.
      }
    }
  }

  /**
   * A searcher together with the facet ordinals and the suggestions of its reader, built once per
   * commit. The suggester's lookup arrays take about a second to build at a million documents and
   * the facet value sets of its new segments 0.1–0.2 s, on other threads: for a refreshed
   * commit at once, for the first one on {@link #prepareLookups} (serve calls it once its first
   * search is answered), so a starting server's first search does not share the cores with them.
   * A suggest request arriving before the suggester is built builds it and waits; a search before
   * the sets are built counts facets from doc values.
   */
  private static final class FacetedSearcher extends IndexSearcher {
    final SortedSetDocValuesReaderState facetState;
    final FacetCombinationCache facetCombinations;
    private final SuggestionList suggestions;
    private CompletableFuture<Suggester> suggester;
    private CompletableFuture<Void> facetCombinationsBuilt;

    FacetedSearcher(
        IndexReader reader, SortedSetDocValuesReaderState facetState, FacetCombinationCache facetCombinations,
        SuggestionList suggestions) {
      super(reader);
      this.facetState = facetState;
      this.facetCombinations = facetCombinations;
      this.suggestions = suggestions;
    }

    synchronized void prepareLookups() {
      if (facetCombinationsBuilt == null) {
        facetCombinationsBuilt =
            facetState == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> facetCombinations.build(getIndexReader(), facetState.getField()));
      }
      suggester();
    }

    synchronized boolean suggesterStarted() {
      return suggester != null;
    }

    synchronized CompletableFuture<Void> facetCombinationsBuilt() {
      return facetCombinationsBuilt;
    }

    synchronized CompletableFuture<Suggester> suggester() {
      if (suggester == null) {
        suggester = CompletableFuture.supplyAsync(() -> Suggester.of(suggestions));
      }
      return suggester;
    }
  }
}

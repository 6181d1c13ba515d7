package org.medsearch.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.medsearch.config.IndexConfig;
import org.medsearch.index.Fields;

/**
 * Highlighted title and passages for a page of hits. The displayed text is stored once per field;
 * the matched words come from its English and Chinese fields ("masked fields"), whose offsets
 * are in the postings, so nothing is analysed again at query time. Text is HTML-escaped and
 * matches are wrapped in {@code <mark>}.
 */
final class Highlighting {
  private static final Map<String, Set<String>> SOURCES =
      Map.of(
          Fields.TITLE, Set.of(Fields.TITLE_EN, Fields.TITLE_ZH, Fields.TITLE_BIGRAMS),
          Fields.BODY, Set.of(Fields.BODY_EN, Fields.BODY_ZH, Fields.BODY_BIGRAMS));

  private static final PassageScoring PASSAGE_SCORING = new PassageScoring();

  private final Analyzer analyzer;
  private final int passages;
  private final int passageChars;

  Highlighting(Analyzer analyzer, IndexConfig config) {
    this.analyzer = analyzer;
    this.passages = config.snippets().count();
    this.passageChars = config.snippets().passageChars();
  }

  /**
   * Highlighted titles and body passages, and each hit's stored fields that were asked for, in the
   * order of {@code docIds}.
   */
  record Highlights(String[] titles, List<String>[] snippets, Document[] stored) {}

  /**
   * Highlights {@code docIds}, reading each hit's stored document once: the title and body to
   * highlight together with {@code storedFields}, which come back in {@link Highlights#stored()}.
   */
  @SuppressWarnings("unchecked")
  Highlights highlight(IndexSearcher searcher, Query query, int[] docIds, Set<String> storedFields) throws IOException {
    PageHighlighter highlighter = highlighter(searcher, storedFields);
    // One pass over the hits for both fields.
    Map<String, String[]> highlighted =
        highlighter.highlightFields(new String[] {Fields.TITLE, Fields.BODY}, query, docIds, new int[] {1, passages});
    String[] titles = highlighted.get(Fields.TITLE);
    for (int i = 0; i < titles.length; i++) {
      titles[i] = joinAdjacentMarks(titles[i]);
    }
    String[] bodies = highlighted.get(Fields.BODY);
    List<String>[] snippets = new List[docIds.length];
    Document[] stored = new Document[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      snippets[i] = bodies[i] == null
          ? List.of()
          : Arrays.stream(joinAdjacentMarks(bodies[i]).split(SEPARATOR)).map(p -> p.replaceAll("\\s+", " ").strip()).toList();
      Document read = highlighter.loaded.get(docIds[i]);
      // Lucene reads every hit it highlights; should it skip one, that hit's fields are read here.
      stored[i] = read != null ? read : searcher.storedFields().document(docIds[i], storedFields);
    }
    return new Highlights(titles, snippets, stored);
  }

  /** Words matched side by side (慢性肾炎 住院 in 慢性肾炎住院) as one mark. */
  private static String joinAdjacentMarks(String html) {
    return html == null ? null : html.replace("</mark><mark>", "");
  }

  /** Joins passages inside one highlighted string; never appears in escaped text. */
  private static final String SEPARATOR = "\u0000";

  /** The whole title as one passage; the body in sentence passages of about {@code snippets.passage_chars}. */
  private PageHighlighter highlighter(IndexSearcher searcher, Set<String> storedFields) {
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withMaskedFieldsFunc(field -> new HashSet<>(SOURCES.getOrDefault(field, Set.of())))
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", SEPARATOR, true))
            .withMaxLength(1_000_000)
            // Matched terms from the query's terms and the postings' offsets. Weight matching (the
            // default) builds a weight of the whole query per hit and source field, phrases included:
            // at 1M documents that was over a third of a search's time.
            .withWeightMatches(false)
            .withHighlightPhrasesStrictly(false)
            .withScorer(PASSAGE_SCORING);
    return new PageHighlighter(builder, storedFields);
  }

  /** Lucene's highlighter over one page of hits, reading their postings and stored fields once. */
  private final class PageHighlighter extends UnifiedHighlighter {
    private final Set<String> storedFields;
    /** The stored fields read for highlighting, by document number. */
    final Map<Integer, Document> loaded = new HashMap<>();

    PageHighlighter(UnifiedHighlighter.Builder builder, Set<String> storedFields) {
      super(builder);
      this.storedFields = storedFields;
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
      return Fields.TITLE.equals(field) ? new WholeBreakIterator() : passageBreaks();
    }

    @Override
    protected int getMaxNoHighlightPassages(String field) {
      return Fields.TITLE.equals(field) ? 1 : passages;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
      return offsetSource == OffsetSource.POSTINGS
          ? new PageOffsetStrategy(components)
          : super.getOffsetStrategy(offsetSource, components);
    }

    /**
     * The texts to highlight, as Lucene reads them (a field's values joined by its separator, cut
     * at the highlighter's maximum length; null where the hit has none), read together with the
     * fields the hits show, which are kept in {@link #loaded}. Reads the whole page at once where
     * Lucene reads it in batches of a character budget: a page is at most {@code
     * search.max_page_size} hits.
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
        throws IOException {
      Set<String> toRead = new HashSet<>(storedFields);
      toRead.addAll(List.of(fields));
      StoredFields stored = searcher.storedFields();
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
        Document document = stored.document(doc, toRead);
        loaded.put(doc, document);
        CharSequence[] texts = new CharSequence[fields.length];
        for (int i = 0; i < fields.length; i++) {
          String[] held = document.getValues(fields[i]);
          String text = held.length == 0 ? null : String.join(String.valueOf(MULTIVAL_SEP_CHAR), held);
          texts[i] = text == null || text.length() <= getMaxLength() ? text : text.substring(0, getMaxLength());
        }
        values.add(texts);
      }
      return values;
    }
  }

  private BreakIterator passageBreaks() {
    return LengthGoalBreakIterator.createClosestToLength(SentenceBoundaries.of(Locale.ROOT), passageChars, 0.5f);
  }
}

package org.medsearch.config;

import java.util.List;
import java.util.Map;

/** Everything {@code index-config/index.yaml} says: what to index, how to analyse it, how to rank and show it. */
public record IndexConfig(
    Map<String, FieldConfig> fields,
    AnalysisConfig analysis,
    RankingConfig ranking,
    List<FacetConfig> facets,
    SearchConfig search,
    SnippetConfig snippets,
    IngestConfig ingest,
    CleaningConfig cleaning,
    MetadataConfig metadata) {

  /** This configuration reading files of up to {@code maxFileBytes}: for a corpus given explicitly. */
  public IndexConfig withMaxFileBytes(long maxFileBytes) {
    return new IndexConfig(
        fields, analysis, ranking, facets, search, snippets,
        new IngestConfig(ingest.extensions(), maxFileBytes, ingest.jsonl()), cleaning, metadata);
  }

  /** A searchable text field and its weight in ranking. */
  public record FieldConfig(float boost) {}

  /** Analysis per language; changing it needs a rebuild. */
  public record AnalysisConfig(EnglishAnalysis english, ChineseAnalysis chinese) {}

  /** English: which stemmer, and whether stop words are removed. */
  public record EnglishAnalysis(Stemmer stemmer, boolean stopwords) {}

  /**
   * Chinese: whether Traditional characters are folded to Simplified before segmentation, and the
   * weight of character-bigram fields beside the segmented words (0: none are indexed), and
   * whether Latin words and numbers in Chinese and mixed text are kept in the Chinese fields too.
   */
  public record ChineseAnalysis(boolean traditionalToSimplified, float bigramWeight, boolean latinWords) {}

  /** English stemmers on offer, lightest last. */
  public enum Stemmer {
    PORTER,
    KSTEM,
    MINIMAL,
    NONE
  }

  /** BM25 parameters. */
  public record RankingConfig(float bm25K1, float bm25B) {}

  /** One facet: the metadata field it counts and its display label. */
  public record FacetConfig(String name, String label) {}

  /** Query handling and paging limits. */
  public record SearchConfig(
      Operator defaultOperator,
      String minimumShouldMatch,
      String segmentMinimumShouldMatch,
      float phraseBoost,
      int phraseSlop,
      int phraseMaxWords,
      List<String> queryStopwords,
      int spellingCorrectionsMinWords,
      int maxQuestionWords,
      boolean asidesAsText,
      double cutoffFrequency,
      long cutoffMinDocuments,
      List<String> glossaryFiles,
      List<GlossaryPair> glossary,
      float glossaryBoost,
      int defaultPageSize,
      int maxPageSize,
      int maxResultWindow,
      int maxQueryChars,
      int maxClauses,
      long timeoutMs) {}

  /** One English term and its Chinese translation. */
  public record GlossaryPair(String english, String chinese) {}

  /** How the words of a search-box query combine. */
  public enum Operator {
    AND,
    OR
  }

  /** Highlighted passages and facet value counts in a response. */
  public record SnippetConfig(int count, int passageChars, int facetValues) {}

  /** Which files are read, and how a JSON Lines record maps to a document. */
  public record IngestConfig(List<String> extensions, long maxFileBytes, JsonLinesConfig jsonl) {}

  /** The JSON field of a JSON Lines record that holds each part of a document. */
  public record JsonLinesConfig(String id, String title, String text, String date, String source) {}

  /** Cleaning rules applied to every document before indexing. */
  public record CleaningConfig(
      List<String> dropLines,
      List<String> dropPatterns,
      boolean collapseRepeatedLines,
      List<String> sectionLabels,
      List<String> trailingLinkMarkers,
      int maxLinkLineChars,
      boolean rejoinWrappedLines) {}

  /**
   * Where and how title, date and source are found in a document's header; how its type is told;
   * which institutions it names ({@code institutions} is the gazetteer file, read by the loader).
   */
  public record MetadataConfig(
      int headerLines,
      int maxTitleChars,
      List<String> dateLabels,
      List<String> sourceLabels,
      List<String> ignoredLabels,
      List<String> outletSuffixes,
      List<DocTypeRule> docTypes,
      Gazetteer institutions,
      int publisherMinMentions) {}

  /**
   * Gives a document the type {@code name} when it has a date (if one is required) and any of the
   * regular expressions is found in its title, its section label or its body; with no
   * expressions, every document that meets the date requirement matches.
   */
  public record DocTypeRule(
      String name, List<String> title, List<String> label, List<String> text, boolean requiresDate) {}
}

package org.medsearch.analysis;

import java.io.Reader;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.medsearch.analysis.hhmm.Segmenter;
import org.medsearch.config.IndexConfig;
import org.medsearch.config.IndexConfig.EnglishAnalysis;
import org.medsearch.index.Fields;

/**
 * The analyzers of every field. Each text is indexed twice: an English field that keeps Latin
 * words and numbers (stemmed, stop words removed) and a Chinese field that keeps smartcn's Han
 * words. A query is analysed the same way against both, so English inside Chinese pages and
 * Chinese inside English pages are found, and neither analysis pollutes the other's field.
 */
public final class Analyzers {
  private static final Set<String> CJK_TYPES =
      Set.of(
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA],
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL]);

  private Analyzers() {}

  /** Every chain folds full-width ASCII (and Traditional characters) first, also for normalize(). */
  private abstract static class FoldingAnalyzer extends Analyzer {
    private final boolean traditional;

    FoldingAnalyzer(boolean traditional) {
      this.traditional = traditional;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return CharacterFolding.reader(reader, traditional);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return initReader(fieldName, reader);
    }
  }

  /**
   * Loads the tables analysis otherwise reads on first use (smartcn's dictionaries, the folding
   * tables): a command starts this on a spare core while picocli starts and the config is read.
   */
  public static void loadTables() {
    Segmenter.loadDictionaries();
    CharacterFolding.table(true);
  }

  /** Per-field analysis for indexing; metadata fields are single keywords. */
  public static Analyzer perField(IndexConfig config) {
    return perField(config, english(config, Set.of()), chinese(config, Set.of()));
  }

  /**
   * Per-field analysis of queries: as at indexing, but without {@code search.query_stopwords}
   * (question words such as "what" or 什么), which carry no topic.
   */
  public static Analyzer perFieldForQuery(IndexConfig config) {
    Set<String> stopwords = Set.copyOf(config.search().queryStopwords());
    return perField(config, english(config, stopwords), chinese(config, stopwords));
  }

  private static Analyzer perField(IndexConfig config, Analyzer english, Analyzer chinese) {
    Analyzer bigrams = bigrams(config);
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(
            Fields.SPELL, spelling(config),
            Fields.TITLE_EN, english,
            Fields.BODY_EN, english,
            Fields.TITLE_ZH, chinese,
            Fields.BODY_ZH, chinese,
            Fields.TITLE_BIGRAMS, bigrams,
            Fields.BODY_BIGRAMS, bigrams));
  }

  /**
   * Overlapping pairs of Han characters (北京嘉会 → 北京 京嘉 嘉会): they match where smartcn cuts
   * a query differently from the text, as it often does with names and colloquial questions.
   */
  public static Analyzer bigrams(IndexConfig config) {
    boolean traditional = config.analysis().chinese().traditionalToSimplified();
    return new FoldingAnalyzer(traditional) {

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKBigramFilter(source, CJKBigramFilter.HAN, false);
        stream = new TypeTokenFilter(stream, Set.of(CJKBigramFilter.DOUBLE_TYPE), true);
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /**
   * Latin words exactly as written but for case and accents (no stemming, no stop words): the
   * words spelling suggestions offer, which must be real words, not stems.
   */
  public static Analyzer spelling(IndexConfig config) {
    return new FoldingAnalyzer(config.analysis().chinese().traditionalToSimplified()) {

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new TypeTokenFilter(source, Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM]), true);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  /** Latin words and numbers: possessives, case and accents folded, stop words, stemming. */
  public static Analyzer english(IndexConfig config) {
    return english(config, Set.of());
  }

  private static Analyzer english(IndexConfig config, Set<String> extraStopwords) {
    EnglishAnalysis settings = config.analysis().english();
    CharArraySet queryStopwords = new CharArraySet(extraStopwords, true);
    boolean traditional = config.analysis().chinese().traditionalToSimplified();
    return new FoldingAnalyzer(traditional) {

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new TypeTokenFilter(source, CJK_TYPES);
        stream = new EnglishPossessiveFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        if (settings.stopwords()) {
          stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        }
        if (!queryStopwords.isEmpty()) {
          stream = new StopFilter(stream, queryStopwords);
        }
        stream =
            switch (settings.stemmer()) {
              case PORTER -> new PorterStemFilter(stream);
              case KSTEM -> new KStemFilter(stream);
              case MINIMAL -> new EnglishMinimalStemFilter(stream);
              case NONE -> stream;
            };
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /**
   * Han words segmented by smartcn's HMM ({@link ChineseTokenizer}: our implementation, token for token
   * smartcn's), after optional Traditional → Simplified folding; with
   * {@code analysis.chinese.latin_words} also the Latin words and numbers between them, lower-cased.
   */
  public static Analyzer chinese(IndexConfig config) {
    return chinese(config, Set.of());
  }

  private static Analyzer chinese(IndexConfig config, Set<String> extraStopwords) {
    return chinese(config, extraStopwords, config.analysis().chinese().latinWords());
  }

  private static Analyzer chinese(IndexConfig config, Set<String> extraStopwords, boolean latin) {
    boolean traditional = config.analysis().chinese().traditionalToSimplified();
    CharArraySet queryStopwords = new CharArraySet(extraStopwords, false);
    return new FoldingAnalyzer(traditional) {

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new ChineseTokenizer();
        TokenStream stream = new HanOnlyFilter(source, latin);
        if (latin) {
          stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
        }
        if (!queryStopwords.isEmpty()) {
          stream = new StopFilter(stream, queryStopwords);
        }
        return new TokenStreamComponents(source, stream);
      }
    };
  }
}

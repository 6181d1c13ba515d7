package org.medsearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.medsearch.analysis.Analyzers;
import org.medsearch.config.IndexConfig;
import org.medsearch.index.DocumentMapper;
import org.medsearch.ingest.Language;
import org.medsearch.ingest.SourceDocument;

/**
 * Analysis alone, the upper limit of indexing: every analysed field the indexer gives a document
 * ({@link DocumentMapper}: English, Chinese, character pairs, spelling words; of title and body,
 * leaving out the same fields it leaves out) tokenised with the product's own per-field analyzer,
 * on one thread, with nothing written. Reading the corpus and building the Lucene document are not timed.
 */
public final class AnalysisBench {
  private final Analyzer analyzer;
  private final DocumentMapper mapper;

  public AnalysisBench(IndexConfig config) {
    this.analyzer = Analyzers.perField(config);
    this.mapper = DocumentMapper.of(config);
  }

  /** Analyses the corpus in order until it ends or {@code maxSeconds} of analysis time were spent. */
  public Throughput run(Path corpus, double maxSeconds) throws IOException {
    long budget = (long) (maxSeconds * 1e9);
    long[] spent = {0};
    long[] docs = {0};
    long[] bytes = {0};
    CorpusFiles.read(corpus, doc -> {
      List<IndexableField> analysed = new ArrayList<>();
      for (IndexableField field : mapper.toDocument(sourceDocument(doc))) {
        if (field.fieldType().tokenized() && field.fieldType().indexOptions() != IndexOptions.NONE) {
          analysed.add(field);
        }
      }
      long start = System.nanoTime();
      for (IndexableField field : analysed) {
        consume(field.name(), field.stringValue());
      }
      spent[0] += System.nanoTime() - start;
      docs[0]++;
      bytes[0] += doc.bytes();
      return spent[0] < budget;
    });
    return new Throughput(1, docs[0], bytes[0], spent[0] / 1e9);
  }

  private static SourceDocument sourceDocument(CorpusFiles.Doc doc) {
    Language language = Language.valueOf(doc.language().toUpperCase(Locale.ROOT));
    return new SourceDocument(doc.id(), doc.id(), doc.title(), doc.body(), language, null, doc.source(), null, List.of(), null, "");
  }

  private void consume(String field, String text) throws IOException {
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      tokens.reset();
      while (tokens.incrementToken()) {
        // Only the work of producing each token counts.
      }
      tokens.end();
    }
  }
}

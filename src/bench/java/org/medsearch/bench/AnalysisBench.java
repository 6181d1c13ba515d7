package org.medsearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.medsearch.analysis.Analyzers;
import org.medsearch.config.IndexConfig;
import org.medsearch.index.Fields;

/**
 * Analysis alone, the upper limit of indexing: every field the index analyses (English, Chinese,
 * character pairs, spelling words; of title and body) tokenised with the product's own per-field
 * analyzer, on one thread, with nothing written. Reading and parsing the corpus is not timed.
 */
public final class AnalysisBench {
  private final Analyzer analyzer;
  private final List<String> fields;

  public AnalysisBench(IndexConfig config) {
    this.analyzer = Analyzers.perField(config);
    List<String> analysed = new ArrayList<>();
    for (String text : Fields.TEXT) {
      analysed.add(Fields.english(text));
      analysed.add(Fields.chinese(text));
      if (config.analysis().chinese().bigramWeight() > 0) {
        analysed.add(Fields.bigrams(text));
      }
    }
    this.fields = List.copyOf(analysed);
  }

  /** Analyses the corpus in order until it ends or {@code maxSeconds} of analysis time were spent. */
  public Throughput run(Path corpus, double maxSeconds) throws IOException {
    long budget = (long) (maxSeconds * 1e9);
    long[] spent = {0};
    long[] docs = {0};
    long[] bytes = {0};
    CorpusFiles.read(corpus, doc -> {
      long start = System.nanoTime();
      for (String field : fields) {
        consume(field, field.startsWith(Fields.TITLE) ? doc.title() : doc.body());
      }
      consume(Fields.SPELL, doc.title());
      consume(Fields.SPELL, doc.body());
      spent[0] += System.nanoTime() - start;
      docs[0]++;
      bytes[0] += doc.bytes();
      return spent[0] < budget;
    });
    return new Throughput(1, docs[0], bytes[0], spent[0] / 1e9);
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

package org.medsearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.medsearch.search.SearchService.ScoredId;

/**
 * Plain Lucene BM25, the baseline every evaluation prints beside the shipped configuration: title
 * and text in one field, one stock analyzer (StandardAnalyzer for English, SmartChineseAnalyzer
 * for Chinese), the query's words OR'ed by the classic query parser.
 */
public final class BaselineIndex implements Closeable {
  private static final String ID = "id";
  private static final String TEXT = "text";

  /** The stock analyzer of one language. */
  public enum Baseline {
    STANDARD,
    SMARTCN;

    Analyzer analyzer() {
      return this == STANDARD ? new StandardAnalyzer() : new SmartChineseAnalyzer();
    }
  }

  private final Directory directory = new ByteBuffersDirectory();
  private final Analyzer analyzer;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  public BaselineIndex(Path corpus, Baseline baseline) throws IOException {
    this.analyzer = baseline.analyzer();
    ObjectMapper json = new ObjectMapper();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        BufferedReader lines = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode record = json.readTree(line);
        Document doc = new Document();
        doc.add(new StringField(ID, record.path("id").asText(), Field.Store.YES));
        doc.add(new TextField(TEXT, record.path("title").asText("") + "\n" + record.path("text").asText(""), Field.Store.NO));
        writer.addDocument(doc);
      }
    }
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
  }

  public List<ScoredId> rank(String query, int depth) throws IOException {
    Query parsed;
    try {
      parsed = new QueryParser(TEXT, analyzer).parse(QueryParser.escape(query));
    } catch (ParseException | IndexSearcher.TooManyClauses e) {
      parsed = new MatchNoDocsQuery();
    }
    TopDocs top = searcher.search(parsed, depth);
    List<ScoredId> ranked = new ArrayList<>();
    var stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      ranked.add(new ScoredId(stored.document(hit.doc).get(ID), hit.score));
    }
    return ranked;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}

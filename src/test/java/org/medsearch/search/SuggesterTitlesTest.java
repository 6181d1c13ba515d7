package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.medsearch.index.Fields;
import org.medsearch.index.SuggestionList;

/** Titles come from doc values: each once, with its first document, the most shared ones kept when there are too many. */
class SuggesterTitlesTest {
  private static void add(IndexWriter writer, String id, String title) throws Exception {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(id)));
    doc.add(new SortedDocValuesField(Fields.TITLE, new BytesRef(title)));
    writer.addDocument(doc);
  }

  private static List<SuggestResponse.Suggestion> suggest(int maxTitles, String prefix) throws Exception {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      add(writer, "x3", "beta clinic");
      add(writer, "a1", "alpha clinic");
      writer.commit(); // two segments: titles and ids meet across them
      add(writer, "x1", "beta clinic");
      add(writer, "c2", "gamma clinic");
      add(writer, "c1", "gamma clinic");
      add(writer, "x2", "beta clinic");
      add(writer, "gone", "delta clinic");
      writer.deleteDocuments(new Term(Fields.ID, "gone"));
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return Suggester.of(SuggestionList.build(reader, Set.of(), maxTitles)).suggest(prefix, 10);
      }
    }
  }

  @Test
  void eachTitleOnceWithItsFirstDocumentAcrossSegments() throws Exception {
    assertEquals(List.of(new SuggestResponse.Suggestion("beta clinic", Suggester.TITLE, "x1")), suggest(10, "beta"));
  }

  @Test
  void aDeletedDocumentsTitleIsNotOffered() throws Exception {
    assertEquals(List.of(), suggest(10, "delta"));
  }

  @Test
  void beyondTheLimitTheTitlesOfMostDocumentsAreKept() throws Exception {
    assertEquals(
        List.of("beta clinic", "gamma clinic"), suggest(2, "clinic").stream().map(SuggestResponse.Suggestion::text).toList());
    assertEquals(List.of(), suggest(2, "alpha"));
  }
}

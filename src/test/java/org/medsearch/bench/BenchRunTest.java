package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchRunTest {
  private static final List<Phase> BUILDS = List.of(Phase.BUILD, Phase.PEER_INDEX);

  @Test
  void buildsRepeatFromScratchButNotInSteps() {
    assertNull(BenchRun.roundsProblem(BUILDS, 3, false, null));
    assertNull(BenchRun.roundsProblem(BUILDS, 1, true, null));
    assertNull(BenchRun.roundsProblem(BUILDS, 1, false, 250_000L), "one build in steps");
    assertNull(BenchRun.roundsProblem(List.of(Phase.SEARCH, Phase.PEER_SEARCH), 3, false, 250_000L), "--upto concerns only the builds");
    assertEquals("--rounds 3 with --upto: each round of build and peer-index rebuilds the whole corpus; --upto splits one build into steps",
        BenchRun.roundsProblem(BUILDS, 3, false, 250_000L));
    assertEquals("--add-rounds with --upto: each round of build and peer-index rebuilds the whole corpus; --upto splits one build into steps",
        BenchRun.roundsProblem(List.of(Phase.PEER_INDEX), 1, true, 250_000L));
  }

  @Test
  void countsTheSegmentsOfTheLatestCommit(@TempDir Path dir) throws Exception {
    IndexWriterConfig config = new IndexWriterConfig(); // its merge policy leaves three small segments alone until forced
    try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < 3; i++) {
        Document doc = new Document();
        doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
        writer.addDocument(doc);
        writer.commit();
      }
      assertEquals(3, BenchRun.segments(dir));
      writer.forceMerge(1);
      assertEquals(3, BenchRun.segments(dir), "not committed yet");
      writer.commit();
      assertEquals(1, BenchRun.segments(dir));
    }
  }

  @Test
  void mergesAndZeroRoundsAreRefused() {
    assertEquals("--rounds must be at least 1", BenchRun.roundsProblem(BUILDS, 0, false, null));
    assertEquals("--rounds 2: merge runs once (merging an index); only analysis, index, build, search, peer-index and peer-search repeat",
        BenchRun.roundsProblem(List.of(Phase.BUILD, Phase.MERGE), 2, false, null));
    assertNull(BenchRun.roundsProblem(List.of(Phase.BUILD, Phase.MERGE), 1, false, null), "once is fine");
  }
}

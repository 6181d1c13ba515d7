package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.config.ConfigLoader;

class IngestBenchTest {
  @TempDir Path corpus;

  @Test
  void countsEveryDocumentAndByteOfTheCorpusShards() throws IOException {
    String first = """
        {"id":"bench-0","title":"胃胀症状有哪些？","text":"这种情况已经两个多月了，肚子里有气。","source":"zh-dialogue","language":"zh"}
        {"id":"bench-1","title":"What causes high blood pressure?","text":"High blood pressure has many causes.","source":"MedQuAD","language":"en"}
        {"id":"bench-2","title":"请问宫颈肌瘤需要手术吗？","source":"KUAKE-QTR","language":"zh"}
        """;
    String second = """
        {"id":"bench-3","title":"Who should get shingles vaccines?","text":"Adults 50 years and older.","source":"MedQuAD","language":"en"}
        """;
    Files.writeString(corpus.resolve("corpus-00000.jsonl"), first);
    Files.writeString(corpus.resolve("corpus-00001.jsonl"), second);

    Throughput t = new IngestBench(ConfigLoader.loadBundled()).run(corpus);

    assertEquals(4, t.docs());
    assertEquals((first + second).getBytes(StandardCharsets.UTF_8).length, t.bytes());
    assertEquals(1, t.threads());
    assertTrue(t.seconds() > 0);
  }

  @Test
  void aCorpusWithoutDocumentsIsAnError() throws IOException {
    Files.writeString(corpus.resolve("corpus-00000.jsonl"), "");
    assertThrows(IOException.class, () -> new IngestBench(ConfigLoader.loadBundled()).run(corpus));
  }
}

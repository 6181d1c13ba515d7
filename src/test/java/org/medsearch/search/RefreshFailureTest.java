package org.medsearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;

/** A newest commit that cannot be opened leaves the previous one in service, and says so once. */
class RefreshFailureTest {
  @TempDir Path tmp;

  @Test
  void unreadableNewCommitKeepsThePreviousSearcherAndIsReportedOnce() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("clinic.txt"), "Clinic opens\nThe new clinic opens on Monday.");
    Path index = TestData.index(docs, tmp.resolve("index"));
    try (LuceneSearchService service = LuceneSearchService.open(index, TestData.config())) {
      PrintStream err = System.err;
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      try {
        // A commit point of a later generation with garbage in it, as a half-copied index would leave.
        Files.writeString(index.resolve("segments_zz"), "not a commit");
        service.refresh();
        service.refresh();
      } finally {
        System.setErr(err);
      }
      String log = captured.toString(StandardCharsets.UTF_8);
      assertEquals(1, log.split("cannot switch to the newest commit", -1).length - 1, log);
      assertEquals(1, service.search(SearchRequest.of("clinic", 10)).total());
      assertEquals(1, service.status().documents());
    }
  }
}

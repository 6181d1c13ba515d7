package org.medsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.Main;
import org.medsearch.Stress;
import org.medsearch.TestData;
import org.medsearch.search.LuceneSearchService;
import org.medsearch.search.SearchRequest;

/**
 * {@code index} run as its own JVM and killed with SIGKILL at seeded random moments (start-up,
 * ingest, segment writing, the commit): every time, the last committed index still opens, passes
 * CheckIndex (which also takes the write.lock the dead process left) and answers a fixed set of
 * queries exactly as before; afterwards a normal run completes over the leftovers.
 */
class CrashSafetyTest {
  private static final List<String> QUERIES = TestData.GENERATED_CORPUS_QUERIES;

  @TempDir Path tmp;

  @Test
  void aKilledIndexerLeavesThePreviousCommitIntact() throws Exception {
    int kills = Stress.size("kills", 6);
    int files = Stress.size("kill.files", 300);
    long started = System.nanoTime();
    Path[] inputs = TestData.generatedCorpusVersions(tmp, files);
    Path index = tmp.resolve("index");

    long fullRunStart = System.nanoTime();
    assertEquals(Main.OK, runToEnd(inputs[0], index, true));
    long fullRunMillis = (System.nanoTime() - fullRunStart) / 1_000_000;
    int committed = 0;
    Snapshot before = Snapshot.of(index);

    Random random = new Random(20261123L);
    TreeMap<String, Integer> phases = new TreeMap<>();
    for (int k = 0; k < kills; k++) {
      int target = 1 - committed;
      boolean rebuild = k % 2 == 0;
      // Half the kills anywhere in a run, half near its end, where segments and the commit are written.
      long delay =
          random.nextBoolean()
              ? random.nextLong(fullRunMillis)
              : fullRunMillis * 6 / 10 + random.nextLong(fullRunMillis * 4 / 10);
      Path log = tmp.resolve("run-" + k + ".log");
      long runStart = System.nanoTime();
      Process process = start(inputs[target], index, rebuild, log);
      boolean exited = process.waitFor(delay, TimeUnit.MILLISECONDS);
      if (exited) {
        fullRunMillis = (System.nanoTime() - runStart) / 1_000_000; // a warm run is faster than the first
      } else {
        process.destroyForcibly().waitFor();
      }
      String output = Files.readString(log);
      assertFalse(output.contains("error:"), "run " + k + " failed instead of being killed:\n" + output);

      Snapshot after = Snapshot.of(index);
      String phase = phase(before, after, exited);
      phases.merge(phase, 1, Integer::sum);
      if (after.generation == before.generation) {
        assertEquals(before.results, after.results, "kill " + k + " (" + phase + ", after " + delay + " ms) changed what the index answers");
      } else {
        committed = target;
        assertEquals(expectedDocuments(files, target), after.documents, "kill " + k + " after its commit");
      }
      before = after;
    }

    int last = 1 - committed;
    assertEquals(Main.OK, runToEnd(inputs[last], index, true), "a normal run after the kills");
    Snapshot done = Snapshot.of(index);
    assertEquals(expectedDocuments(files, last), done.documents);
    assertEquals(Snapshot.of(TestData.index(inputs[last], tmp.resolve("reference"))).results, done.results);
    assertEquals(done.commitFiles, done.files, "files of killed runs are left behind");

    long seconds = (System.nanoTime() - started) / 1_000_000_000;
    Stress.report(
        "CrashSafetyTest",
        "kills=" + kills + " files=" + files + " full_run_ms=" + fullRunMillis + " phases=" + phases + " failures=0 time=" + seconds + "s");
    assertTrue(phases.keySet().stream().anyMatch(p -> !p.equals("after commit")), "no kill landed mid-run: " + phases);
  }

  /** Documents of version {@code version} of the generated corpus: one per file. */
  private static long expectedDocuments(int files, int version) {
    return version == 0 ? files : files + files / 10 - (files + files / 10 + 3) / 7;
  }

  /** Where a run was when it died, read from what it left in the index folder. */
  private static String phase(Snapshot before, Snapshot after, boolean exited) {
    if (exited) {
      return "finished";
    }
    if (after.generation != before.generation) {
      return "after commit";
    }
    Set<String> added = new TreeSet<>(after.files);
    added.removeAll(before.files);
    if (added.stream().anyMatch(f -> f.startsWith("pending_segments"))) {
      return "commit point being written";
    }
    return added.isEmpty() ? "start-up or reading files" : "segments being flushed";
  }

  private int runToEnd(Path input, Path index, boolean rebuild) throws Exception {
    Path log = tmp.resolve("full.log");
    Process process = start(input, index, rebuild, log);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "index run did not finish");
    assertEquals(Main.OK, process.exitValue(), Files.readString(log));
    return process.exitValue();
  }

  /** {@code medsearch index} in its own JVM, output to {@code log}. */
  private static Process start(Path input, Path index, boolean rebuild, Path log) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "index",
                "--config", "index-config", "--input", input.toString(), "--index", index.toString(), "--threads", "2"));
    if (rebuild) {
      command.add("--rebuild");
    }
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** What one index folder holds and answers. */
  private record Snapshot(long generation, long documents, List<String> results, Set<String> files, Set<String> commitFiles) {
    static Snapshot of(Path index) throws IOException {
      Set<String> files;
      try (var list = Files.list(index)) {
        files = list.map(p -> p.getFileName().toString()).filter(f -> !f.equals(IndexWriter.WRITE_LOCK_NAME))
            .collect(Collectors.toCollection(TreeSet::new));
      }
      try (Directory dir = FSDirectory.open(index)) {
        // Takes the write lock: a lock the killed process still held would fail here.
        try (CheckIndex check = new CheckIndex(dir)) {
          check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
          assertTrue(check.checkIndex().clean, "CheckIndex found a damaged commit in " + index);
        }
        SegmentInfos commit = SegmentInfos.readLatestCommit(dir);
        Set<String> commitFiles = new TreeSet<>(commit.files(true));
        // The commit's suggestion list is written before the commit: a kill never leaves a commit without it.
        String suggestions = commit.getUserData().get(SuggestionList.COMMIT_KEY);
        assertTrue(suggestions != null && files.contains(suggestions), "the commit's suggestion list " + suggestions + " is missing");
        commitFiles.add(suggestions);
        try (DirectoryReader reader = DirectoryReader.open(dir);
            LuceneSearchService service = LuceneSearchService.open(index, TestData.config())) {
          List<String> results = new ArrayList<>();
          for (String query : QUERIES) {
            var response = service.search(SearchRequest.of(query, 20));
            results.add(query + " " + response.total() + " " + response.hits().stream().map(h -> h.id()).toList());
          }
          return new Snapshot(reader.getIndexCommit().getGeneration(), reader.numDocs(), results, files, commitFiles);
        }
      }
    }
  }
}

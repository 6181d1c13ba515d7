package org.medsearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.config.IndexConfig;
import org.medsearch.ingest.FolderSource;

/** Each commit carries its suggestion list in a file beside it; a server reads that file instead of scanning the index. */
class SuggestionListTest {
  @TempDir Path tmp;
  private final IndexConfig config = TestData.config();
  private final Set<String> stopwords = Set.copyOf(config.search().queryStopwords());

  private Path docs() throws IOException {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), "北京协和医院\n北京协和医院是一所综合医院，设有心内科和儿科。");
    Files.writeString(docs.resolve("b.txt"), "Vaccination clinic\nThe vaccination clinic opens on Monday for children.");
    return docs;
  }

  private IndexReport update(Path docs, Path index) throws IOException {
    return new Indexer(config, 2).update(new FolderSource(docs, config.ingest().extensions()), index, ProgressListener.NONE);
  }

  private static List<String> suggestionFiles(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith(SuggestionList.FILE_PREFIX)).sorted().toList();
    }
  }

  /** Whether {@code list} offers {@code text} as {@code kind} (any kind when null). */
  private static boolean offers(SuggestionList list, String kind, String text) {
    return list.items().stream().anyMatch(i -> (kind == null || i.kind().equals(kind)) && i.text().equals(text));
  }

  private static String committedFile(DirectoryReader reader) throws IOException {
    return reader.getIndexCommit().getUserData().get(SuggestionList.COMMIT_KEY);
  }

  @Test
  void theCommitNamesItsStoredListWhichEqualsOneBuiltFromTheIndex() throws Exception {
    Path index = tmp.resolve("index");
    update(docs(), index);
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      String file = committedFile(reader);
      assertNotNull(file);
      assertEquals(List.of(file), suggestionFiles(index));
      SuggestionList stored = SuggestionList.read(dir, file);
      SuggestionList built = SuggestionList.build(reader, stopwords);
      assertEquals(built, stored);
      assertTrue(offers(stored, SuggestionList.TITLE, "北京协和医院"));
      assertTrue(offers(stored, SuggestionList.TERM, "vaccination"));
    }
  }

  @Test
  void aNewCommitReplacesTheOldList() throws Exception {
    Path docs = docs();
    Path index = tmp.resolve("index");
    update(docs, index);
    List<String> first = suggestionFiles(index);
    Files.writeString(docs.resolve("c.txt"), "Dermatology ward\nThe dermatology ward treats eczema.");
    update(docs, index);
    List<String> second = suggestionFiles(index);
    assertEquals(1, second.size());
    assertNotEquals(first, second);
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(second.getFirst(), committedFile(reader));
      assertTrue(offers(SuggestionList.of(reader, stopwords), SuggestionList.TITLE, "Dermatology ward"));
    }
  }

  @Test
  void aRunWithNothingToCommitRemovesListsAKilledRunLeft() throws Exception {
    Path docs = docs();
    Path index = tmp.resolve("index");
    update(docs, index);
    List<String> committed = suggestionFiles(index);
    Files.writeString(index.resolve(SuggestionList.FILE_PREFIX + "left-by-a-killed-run.bin"), "partial");
    IndexReport again = update(docs, index);
    assertEquals(0, again.filesIndexed());
    assertEquals(committed, suggestionFiles(index));
  }

  @Test
  void aRebuildThatIndexesNothingKeepsTheCommittedList() throws Exception {
    Path index = tmp.resolve("index");
    update(docs(), index);
    List<String> before = suggestionFiles(index);
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    Files.writeString(empty.resolve("blank.txt"), "   ");
    assertThrows(IndexException.class,
        () -> new Indexer(config, 2).rebuild(new FolderSource(empty, config.ingest().extensions()), index, ProgressListener.NONE));
    assertEquals(before, suggestionFiles(index));
  }

  @Test
  void otherStopwordsThanTheStoredListsAreBuiltFromTheIndex() throws Exception {
    Path index = tmp.resolve("index");
    update(docs(), index);
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      SuggestionList withClinic = SuggestionList.of(reader, Set.of("clinic"));
      assertEquals(SuggestionList.build(reader, Set.of("clinic")), withClinic);
      assertFalse(offers(withClinic, null, "clinic"));
      assertTrue(offers(SuggestionList.of(reader, stopwords), null, "clinic"));
    }
  }

  @Test
  void aDamagedFileIsRebuiltFromTheIndex() throws Exception {
    Path index = tmp.resolve("index");
    update(docs(), index);
    Path file = index.resolve(suggestionFiles(index).getFirst());
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(file, bytes);
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertThrows(IOException.class, () -> SuggestionList.read(dir, file.getFileName().toString()));
      assertEquals(SuggestionList.build(reader, stopwords), SuggestionList.of(reader, stopwords));
    }
  }

  @Test
  void anIndexWithoutAStoredListIsBuiltFromTheIndex() throws Exception {
    Path index = tmp.resolve("index");
    update(docs(), index);
    Files.delete(index.resolve(suggestionFiles(index).getFirst()));
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(SuggestionList.build(reader, stopwords), SuggestionList.of(reader, stopwords));
    }
  }
}

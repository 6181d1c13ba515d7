package org.medsearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChineseIdentityTest {
  @Test
  void readsTitleAndTextOfEveryJsonlRecordAndFindsNoMismatch(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("docs.jsonl");
    Files.writeString(file, """
        {"id": "a", "title": "高血压患者应定期复查", "text": "孕妇出血是什么原因？ HPV病毒"}
        {"id": "b", "title": "北京协和医院"}
        """);
    List<ChineseIdentity.Doc> docs = ChineseIdentity.jsonlDocs(file);
    assertEquals(List.of("高血压患者应定期复查", "孕妇出血是什么原因？ HPV病毒"), docs.get(0).texts());
    assertEquals(List.of("北京协和医院"), docs.get(1).texts());

    ChineseIdentity.Comparison comparison = ChineseIdentity.compare(docs);
    assertEquals(2, comparison.docs());
    assertEquals(3, comparison.texts());
    assertTrue(comparison.tokens() >= 10, comparison.tokens() + " tokens");
    assertEquals(List.of(), comparison.mismatches());
  }

  @Test
  void aDifferenceNamesTheFirstTokenThatDiffers() {
    var same = new TokenDiff.Token("医院", 0, 2, 1, "word");
    assertNull(TokenDiff.firstDifference(List.of(same), List.of(same)));
    assertEquals("token 1: expected '北京' [2,4) +1 word, got null",
        TokenDiff.firstDifference(List.of(same, new TokenDiff.Token("北京", 2, 4, 1, "word")), List.of(same)));
  }
}

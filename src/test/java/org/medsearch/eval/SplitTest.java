package org.medsearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {
  private static final List<Topics.Topic> TOPICS =
      IntStream.range(0, 1000).mapToObj(i -> new Topics.Topic(String.format("QT%05d", i), "query " + i)).toList();

  @Test
  void tuneAndHeldOutDivideEveryTopicOnce() {
    List<Topics.Topic> tune = Split.TUNE.of(TOPICS);
    List<Topics.Topic> heldOut = Split.HELDOUT.of(TOPICS);
    Set<Topics.Topic> both = new HashSet<>(tune);
    both.addAll(heldOut);
    assertEquals(TOPICS.size(), tune.size() + heldOut.size());
    assertEquals(Set.copyOf(TOPICS), both);
    assertEquals(TOPICS, Split.ALL.of(TOPICS));
  }

  @Test
  void aboutOneTopicInFiveIsHeldOut() {
    int heldOut = Split.HELDOUT.of(TOPICS).size();
    assertTrue(heldOut > 150 && heldOut < 250, "held out " + heldOut + " of 1000");
  }

  @Test
  void membershipDependsOnTheQidAloneNotOnOrder() {
    List<Topics.Topic> reversed = TOPICS.reversed();
    assertEquals(
        Set.copyOf(Split.HELDOUT.of(TOPICS)), Set.copyOf(Split.HELDOUT.of(reversed)));
    assertEquals(Split.HELDOUT.contains("QT00042"), Split.HELDOUT.of(List.of(new Topics.Topic("QT00042", "x"))).size() == 1);
  }
}

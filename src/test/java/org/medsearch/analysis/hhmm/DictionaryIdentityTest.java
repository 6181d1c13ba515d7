package org.medsearch.analysis.hhmm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Our dictionaries answer every lookup as smartcn's own ({@code WordDictionary},
 * {@code BigramDictionary}, package-private, so reached by reflection): word frequencies, whether
 * a prefix starts any word, and bigram frequencies, including for hashes no real pair has.
 */
class DictionaryIdentityTest {
  private static final String PACKAGE = "org.apache.lucene.analysis.cn.smart.hhmm.";
  private static final String TEXT =
      "中华人民共和国国家卫生健康委员会发布了新型冠状病毒肺炎诊疗方案，要求各级医疗机构做好发热门诊的预检分诊工作。"
          + "高血压患者应当坚持服药并定期复查血压，糖尿病患者要注意控制饮食和监测血糖。孕妇出血是什么原因？宝宝打完疫苗第三天拉肚子怎么办";

  private final Dictionaries ours = Dictionaries.get();

  private static Object stock(String className) throws Exception {
    Method instance = Class.forName(PACKAGE + className).getDeclaredMethod("getInstance");
    instance.setAccessible(true);
    return instance.invoke(null);
  }

  private static Method method(Object target, String name, Class<?>... types) throws Exception {
    Method m = target.getClass().getDeclaredMethod(name, types);
    m.setAccessible(true);
    return m;
  }

  @Test
  void wordFrequenciesAndPrefixesAgreeWithSmartcn() throws Exception {
    Object words = stock("WordDictionary");
    Method frequency = method(words, "getFrequency", char[].class);
    Method prefix = method(words, "getPrefixMatch", char[].class);
    Random random = new Random(7);
    int checked = 0;
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      int length = 1 + random.nextInt(5);
      char[] word = new char[length];
      int from = random.nextInt(TEXT.length() - length);
      for (int i = 0; i < length; i++) {
        // mostly real text, sometimes any Han character
        word[i] = random.nextInt(4) == 0 ? (char) (WordTrie.FIRST_HAN + random.nextInt(WordTrie.LAST_HAN - WordTrie.FIRST_HAN + 1)) : TEXT.charAt(from + i);
      }
      boolean allHan = true;
      for (char c : word) {
        allHan &= c >= WordTrie.FIRST_HAN && c <= WordTrie.LAST_HAN;
      }
      if (!allHan) {
        continue;
      }
      int expected = (int) frequency.invoke(words, (Object) word);
      assertEquals(expected, ours.words.frequency(word), () -> "frequency of " + new String(word));
      int node = ours.words.root(word[0]);
      for (int i = 1; i < word.length && node != WordTrie.NONE; i++) {
        node = ours.words.child(node, word[i]);
      }
      boolean startsWords = (int) prefix.invoke(words, (Object) word) != -1;
      assertEquals(startsWords, node != WordTrie.NONE, () -> "prefix " + new String(word));
      checked++;
      found += expected > 0 ? 1 : 0;
    }
    assertTrue(checked > 10_000 && found > 1_000, checked + " checked, " + found + " found");
  }

  @Test
  void bigramFrequenciesAgreeWithSmartcn() throws Exception {
    Object bigrams = stock("BigramDictionary");
    Method frequency = method(bigrams, "getFrequency", char[].class);
    String[] specials = {"未##串", "未##数", "始##始", "末##末", "，", ",", "。", "（", "\uD83D\uDE00", "!", "@"};
    Random random = new Random(11);
    int found = 0;
    for (int round = 0; round < 50_000; round++) {
      String first = random.nextInt(8) == 0 ? specials[random.nextInt(specials.length)] : piece(random);
      String second = random.nextInt(8) == 0 ? specials[random.nextInt(specials.length)] : piece(random);
      char[] pair = (first + "@" + second).toCharArray();
      long fnv = Hashes.FNV_START;
      int djb = Hashes.DJB_START;
      for (char c : pair) {
        fnv = Hashes.fnv(fnv, c);
        djb = Hashes.djb(djb, c);
      }
      int expected = (int) frequency.invoke(bigrams, (Object) pair);
      assertEquals(expected, ours.bigrams.frequency(fnv, djb), () -> "frequency of " + new String(pair));
      found += expected > 0 ? 1 : 0;
    }
    assertTrue(found > 1_000, found + " pairs found");
  }

  private static String piece(Random random) {
    int length = 1 + random.nextInt(3);
    int from = random.nextInt(TEXT.length() - length);
    return TEXT.substring(from, from + length);
  }

  @Test
  void aHashHeldIsFoundOnlyWhereSmartcnsProbeReachesIt() {
    long[] hashes = new long[BigramTable.SLOTS];
    int[] frequencies = new int[BigramTable.SLOTS];
    long home = 1_000_003L; // a hash whose probe starts at slot 1,000,003 mod SLOTS
    int start = (int) (home % BigramTable.SLOTS);
    // Held one step of 5 past its occupied home slot: reached with step 5, not with step 7 (an empty slot comes first).
    hashes[start] = 42L * BigramTable.SLOTS + start;
    frequencies[start] = 9;
    hashes[start + 5] = home;
    frequencies[start + 5] = 77;
    BigramTable table = new BigramTable(hashes, frequencies);
    assertEquals(77, table.frequency(home, 5));
    assertEquals(77, table.frequency(home, 5)); // remembered step
    assertEquals(0, table.frequency(home, 7));
    assertEquals(0, table.frequency(home, 0)); // step 0 never leaves the occupied home slot
    assertEquals(77, table.frequency(home, 5));
    assertEquals(9, table.frequency(42L * BigramTable.SLOTS + start, 123));
    assertEquals(0, table.frequency(0, 3)); // the empty hash: an empty slot's frequency
    assertEquals(0, table.frequency(home + 1, 5)); // not held
  }
}

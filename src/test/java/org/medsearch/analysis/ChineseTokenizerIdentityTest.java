package org.medsearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.medsearch.TestData;
import org.medsearch.bench.TokenDiff;

/**
 * {@link ChineseTokenizer} against the oracle it replaces, smartcn's tokenizer with the same
 * buffer-edge fix ({@link SentenceSafeChineseTokenizer}): whole token streams — term, offsets,
 * position increment, type, end state — must be identical on real and adversarial text. Both
 * tokenizers are reused across all inputs of a test, as analyzers reuse them.
 */
class ChineseTokenizerIdentityTest {
  private static final Path EVAL = Path.of("..", "shared", "eval");

  private final SentenceSafeChineseTokenizer stock = new SentenceSafeChineseTokenizer();
  private final ChineseTokenizer ours = new ChineseTokenizer();

  /** Compares every text; returns how many tokens were compared. */
  private int assertIdentical(List<String> texts) {
    int tokens = 0;
    for (String text : texts) {
      List<TokenDiff.Token> expected = TokenDiff.tokens(stock, text);
      List<TokenDiff.Token> actual = TokenDiff.tokens(ours, text);
      String difference = TokenDiff.firstDifference(expected, actual);
      assertNull(difference, () -> difference + " in text of " + text.length() + " chars: " + abbreviate(text));
      tokens += expected.size();
    }
    return tokens;
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  @Test
  void sameTokensOnTheSeeds() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(TestData.seeds())) {
      for (Path file : files.sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertEquals(5, texts.size());
    assertTrue(assertIdentical(texts) > 1000);
  }

  @Test
  void sameTokensOnTheSampleCorpus() throws IOException {
    Path folder = Path.of("src/main/resources/sample-corpus");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertTrue(texts.size() >= 10);
    assertTrue(assertIdentical(texts) > 1000);
  }

  @Test
  void sameTokensOnRealChineseQueriesTitlesAndConsultations() throws IOException {
    Path kuake = EVAL.resolve("zh-kuake-qtr");
    Path dialogue = EVAL.resolve("zh-dialogue/neike-sample.gb18030.csv");
    assumeTrue(Files.isDirectory(kuake) && Files.isRegularFile(dialogue),
        "skipped: " + EVAL.toAbsolutePath().normalize() + " is absent (the evaluation corpora live in ../shared/eval)");
    List<String> texts = new ArrayList<>();
    List<String> titles = Files.readAllLines(kuake.resolve("corpus.jsonl"), StandardCharsets.UTF_8);
    for (int i = 0; i < titles.size(); i += 16) {
      texts.add(titles.get(i)); // the raw JSON line: Chinese, quotes, escapes, digits
    }
    List<String> queries = Files.readAllLines(kuake.resolve("topics.train.tsv"), StandardCharsets.UTF_8);
    for (int i = 0; i < queries.size(); i += 8) {
      texts.add(queries.get(i).substring(queries.get(i).indexOf('\t') + 1));
    }
    String csv = new String(Files.readAllBytes(dialogue), Charset.forName("GB18030"));
    List<String> rows = csv.lines().toList();
    for (int i = 1; i < rows.size(); i += 40) {
      texts.add(rows.get(i));
    }
    texts.add(String.join("", rows.subList(1, 60))); // one long text: buffer refills, sentence edges
    assertTrue(assertIdentical(texts) > 10_000);
  }

  @Test
  void sameTokensOnEdgeCases() {
    assertIdentical(List.of(
        "", " ", "\n", "　", "。", ",", "a", "A", "1", "中", "中 国", "中　国人民", "中\n国", "中\t\t国",
        "ＡＢＣａｂｃ１２３", "Ａb１2", "abc123def", "COVID-19疫苗", "第2型糖尿病（T2DM）患者",
        "\uD83D\uDE00", "中\uD83D\uDE00国", "\uD800", "\uDC00中", "中\uD800", "a\uD800\uDC00b", "\uDBFF\uDFFF\uDBFF",
        "é中ß文ｶﾀ", "①②③", "℃％‰", "…—–·", "《内经》", "【注意】", "\u0000\u001a中", "﹏︵",
        "他说：“你好！”然后走了。", "北京市朝阳区 100020", "１００２０号病床", "中\r\n国", "Ｔ２ＤＭ",
        "高血压、糖尿病、冠心病等慢性病患者应定期复查。", "3.5mg/kg", "ＥＣＧ检查", "人民　共和国"));
  }

  @Test
  void sameTokensOnLongRunsWithoutPunctuation() {
    String han = "中华人民共和国卫生健康委员会发布新型冠状病毒肺炎诊疗方案";
    StringBuilder run = new StringBuilder();
    while (run.length() < 5000) {
      run.append(han);
    }
    StringBuilder latin = new StringBuilder();
    while (latin.length() < 3000) {
      latin.append("abc");
    }
    assertIdentical(List.of(run.toString(), run.substring(0, 1023), run.substring(0, 1024), run.substring(0, 1025),
        run.substring(0, 2049), "前言" + latin + "后记", "1".repeat(2500), "中".repeat(3000), " ".repeat(2000) + "中国"));
  }

  @Test
  void sameTokensOnSeededRandomMixes() {
    Random random = new Random(20251123L);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      texts.add(randomText(random, i < 1470 ? 1 + random.nextInt(100) : 500 + random.nextInt(1500)));
    }
    assertTrue(assertIdentical(texts) > 30_000);
  }

  private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质信院室医";
  private static final String[] PIECES = {
    " ", "  ", "\t", "\n", "\r\n", "　", "。", "，", "、", "；", "：", "？", "！", ".", ",", "!", "?", ";", "“", "”", "（", "）", "(", ")",
    "-", "/", "%", "℃", "·", "…", "《", "》", "【", "】", "\"", "'", "a", "Z", "mg", "COVID", "DNA", "x", "0", "7", "2025", "3.14",
    "Ａ", "ｚ", "ＡＢ", "０", "９", "１２", "％", "，", "ｶ", "é", "ß", "Ω", "й", "ア", "한", "\uD83D\uDE00", "\uD840\uDC00", "\uD800", "\uDFFF",
    "\u0000", "\u001a", "\uFFFD", "\u00A0", "\u2028", "\u0085", "﹏", "〇", "々", "丶", "鿿", "㐀"
  };

  private static String randomText(Random random, int pieces) {
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < pieces; p++) {
      if (random.nextInt(3) > 0) {
        for (int n = 1 + random.nextInt(12); n > 0; n--) {
          text.append(HAN.charAt(random.nextInt(HAN.length())));
        }
      } else {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return text.toString();
  }
}

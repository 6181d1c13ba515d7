package org.medsearch.analysis.hhmm;

import java.util.Arrays;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Cuts one sentence into words exactly as smartcn's {@code WordSegmenter} does: every dictionary
 * word found at each character (plus one token per run of letters, run of digits, punctuation mark
 * and other character) becomes a node; each node is joined to the nodes at the next position with
 * a weight from the word's frequency and the pair's bigram frequency; the cheapest path from start
 * to end is the segmentation, ties going to the earliest node as in smartcn's Viterbi pass.
 *
 * <p>Everything lives in arrays reused from one sentence to the next: nodes are numbered in
 * smartcn's order (by start, then as found), so relaxing their edges in that order takes the same
 * decisions in the same order, with the same floating-point arithmetic. Not thread-safe: one per
 * tokenizer.
 */
public final class Segmenter {
  // smartcn's character classes (CharType).
  private static final byte DELIMITER = 0;
  private static final byte LETTER = 1;
  private static final byte DIGIT = 2;
  private static final byte HANZI = 3;
  private static final byte SPACE_LIKE = 4;
  private static final byte FULLWIDTH_LETTER = 5;
  private static final byte FULLWIDTH_DIGIT = 6;
  private static final byte OTHER = 7;
  private static final byte SURROGATE = 8;

  // smartcn's word types (WordType).
  private static final int SENTENCE_BEGIN = 0;
  private static final int SENTENCE_END = 1;
  private static final int CHINESE_WORD = 2;
  private static final int STRING = 3;
  private static final int NUMBER = 4;
  private static final int DELIMITER_WORD = 5;
  private static final int FULLWIDTH_STRING = 6;
  private static final int FULLWIDTH_NUMBER = 7;

  /** The frequency smartcn gives punctuation, and the scale of its smoothing. */
  private static final int MAX_FREQUENCY = 2079997 + 80000;

  /** The stand-in words of runs of letters, of digits, and of the sentence's two ends; their keys start at 0, 4, 8, 12. */
  private static final char[] STAND_INS = "未##串未##数始##始末##末".toCharArray();
  private static final int STRING_KEY = 0;
  private static final int NUMBER_KEY = 4;
  private static final int BEGIN_KEY = 8;
  private static final int END_KEY = 12;
  private static final int STAND_IN_LENGTH = 4;

  private final WordTrie words;
  private final BigramTable bigrams;
  private final int stringFrequency;
  private final int numberFrequency;
  private final int beginFrequency;
  private final int endFrequency;

  // The sentence.
  private char[] text;
  private int base;
  private int length;
  private byte[] types = new byte[64];

  // Nodes, in smartcn's order: the start node, then by start offset and as found, then the end node.
  private int nodes;
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private int[] wordTypes = new int[256];
  private int[] frequencies = new int[256];
  /** Where each node's characters (its dictionary word, or stand-in) sit in {@link #keys}, and how many. */
  private int[] keyStarts = new int[256];
  private int[] keyLengths = new int[256];
  private char[] keys = new char[256];
  private int keysLength;

  /** Per offset: the first node starting there (-1: none), how many; the first offset at or after it where nodes start. */
  private int[] firstAt = new int[64];
  private int[] countAt = new int[64];
  private int[] nextStart = new int[64];

  private double[] distances = new double[256];
  private int[] previous = new int[256];
  private int[] path = new int[64];
  private int pathLength;

  /** A segmenter over smartcn's dictionaries (read from its jar on first use). */
  /** Reads the dictionaries now rather than on the first segmenter's first use (about 0.4 s on a cold JVM). */
  public static void loadDictionaries() {
    Dictionaries.get();
  }

  public Segmenter() {
    this(Dictionaries.get());
  }

  Segmenter(Dictionaries dictionaries) {
    words = dictionaries.words;
    bigrams = dictionaries.bigrams;
    stringFrequency = words.frequency(Arrays.copyOfRange(STAND_INS, STRING_KEY, STRING_KEY + STAND_IN_LENGTH));
    numberFrequency = words.frequency(Arrays.copyOfRange(STAND_INS, NUMBER_KEY, NUMBER_KEY + STAND_IN_LENGTH));
    beginFrequency = words.frequency(Arrays.copyOfRange(STAND_INS, BEGIN_KEY, BEGIN_KEY + STAND_IN_LENGTH));
    endFrequency = words.frequency(Arrays.copyOfRange(STAND_INS, END_KEY, END_KEY + STAND_IN_LENGTH));
  }

  /**
   * Segments the sentence {@code text[offset, offset + length)}; returns how many words it has. The
   * words stay readable through {@link #start}, {@link #end} and {@link #copyTerm} until the next
   * call, which must leave those characters of {@code text} unchanged until then.
   */
  public int segment(char[] text, int offset, int length) {
    this.text = text;
    this.base = offset;
    this.length = length;
    classify();
    buildNodes();
    shortestPath();
    return pathLength;
  }

  /** Offset of word {@code i}'s first character in the sentence. */
  public int start(int i) {
    return starts[path[i]];
  }

  /** Offset after word {@code i}'s last character in the sentence (spaces inside a Chinese word included). */
  public int end(int i) {
    return ends[path[i]];
  }

  /**
   * Word {@code i}'s term, as smartcn writes it: a Chinese word without the spaces it may span;
   * letters lower-cased; full-width letters and digits made half-width; any punctuation ",".
   */
  public void copyTerm(int i, CharTermAttribute term) {
    int node = path[i];
    int type = wordTypes[node];
    switch (type) {
      case CHINESE_WORD -> term.copyBuffer(keys, keyStarts[node], keyLengths[node]);
      case DELIMITER_WORD -> term.setEmpty().append(',');
      default -> {
        int from = base + starts[node];
        int n = ends[node] - starts[node];
        char[] out = term.resizeBuffer(n);
        for (int k = 0; k < n; k++) {
          char c = text[from + k];
          if ((type == FULLWIDTH_STRING || type == FULLWIDTH_NUMBER) && c >= 0xFF10) {
            c -= 0xFEE0;
          }
          if (type != NUMBER && c >= 'A' && c <= 'Z') {
            c += 0x20;
          }
          out[k] = c;
        }
        term.setLength(n);
      }
    }
  }

  private void classify() {
    if (types.length < length) {
      types = new byte[Math.max(length, types.length * 2)];
    }
    for (int i = 0; i < length; i++) {
      types[i] = charType(text[base + i]);
    }
  }

  /** smartcn's {@code Utility.getCharType}. */
  private static byte charType(char c) {
    if (Character.isSurrogate(c)) {
      return SURROGATE;
    }
    if (c >= WordTrie.FIRST_HAN && c <= WordTrie.LAST_HAN) {
      return HANZI;
    }
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      return LETTER;
    }
    if (c >= '0' && c <= '9') {
      return DIGIT;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u3000') {
      return SPACE_LIKE;
    }
    if ((c >= 0x0021 && c <= 0x00BB) || (c >= 0x2010 && c <= 0x2642) || (c >= 0x3001 && c <= 0x301E)) {
      return DELIMITER;
    }
    if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) {
      return FULLWIDTH_LETTER;
    }
    if (c >= 0xFF10 && c <= 0xFF19) {
      return FULLWIDTH_DIGIT;
    }
    if (c >= 0xFE30 && c <= 0xFF63) {
      return DELIMITER;
    }
    return OTHER;
  }

  /** smartcn's {@code HHMMSegmenter.createSegGraph}, node for node and in the same order. */
  private void buildNodes() {
    int n = length;
    if (firstAt.length < n + 1) {
      int size = Math.max(n + 1, firstAt.length * 2);
      firstAt = new int[size];
      countAt = new int[size];
      nextStart = new int[size];
    }
    Arrays.fill(firstAt, 0, n + 1, -1);
    Arrays.fill(countAt, 0, n + 1, 0);
    nodes = 0;
    keysLength = 0;
    appendKeys(STAND_INS, 0, STAND_INS.length);
    addNode(-1, 0, SENTENCE_BEGIN, beginFrequency, BEGIN_KEY, STAND_IN_LENGTH);
    int i = 0;
    while (i < n) {
      switch (types[i]) {
        case SPACE_LIKE -> i++;
        case SURROGATE -> {
          int count = Character.charCount(Character.codePointAt(text, base + i, base + n));
          int key = appendKeys(text, base + i, count);
          addNode(i, i + count, CHINESE_WORD, 0, key, count);
          i += count;
        }
        case HANZI -> {
          addWordsAt(i);
          i++;
        }
        case LETTER, FULLWIDTH_LETTER -> i = addRun(i, LETTER, FULLWIDTH_LETTER, STRING, FULLWIDTH_STRING, stringFrequency, STRING_KEY);
        case DIGIT, FULLWIDTH_DIGIT -> i = addRun(i, DIGIT, FULLWIDTH_DIGIT, NUMBER, FULLWIDTH_NUMBER, numberFrequency, NUMBER_KEY);
        case DELIMITER -> {
          int key = appendKeys(text, base + i, 1);
          addNode(i, i + 1, DELIMITER_WORD, MAX_FREQUENCY, key, 1);
          i++;
        }
        default -> {
          // Any other character (not in GB2312, say) stands alone as an unknown string.
          addNode(i, i + 1, STRING, stringFrequency, STRING_KEY, STAND_IN_LENGTH);
          i++;
        }
      }
    }
    addNode(n, n + 1, SENTENCE_END, endFrequency, END_KEY, STAND_IN_LENGTH);
    int next = n;
    for (int p = n; p >= 0; p--) {
      if (countAt[p] > 0) {
        next = p;
      }
      nextStart[p] = next;
    }
  }

  /**
   * One node for the run of letters (or digits) starting at {@code i}, half- and full-width mixed,
   * typed full-width when any of it is; returns the offset after the run.
   */
  private int addRun(int i, byte half, byte full, int halfType, int fullType, int frequency, int key) {
    boolean fullWidth = false;
    int j = i;
    while (j < length && (types[j] == half || types[j] == full)) {
      fullWidth |= types[j] == full;
      j++;
    }
    addNode(i, j, fullWidth ? fullType : halfType, frequency, key, STAND_IN_LENGTH);
    return j;
  }

  /**
   * The one-character word at {@code i}, then every longer dictionary word starting there; like
   * smartcn, a word may run across spaces (and then spans them) but not across anything else.
   */
  private void addWordsAt(int i) {
    int n = length;
    char first = text[base + i];
    int key = appendKey(first);
    addNode(i, i + 1, CHINESE_WORD, words.singleFrequency(first), key, 1);
    int node = words.root(first);
    int j = i + 1;
    int chars = 1;
    while (node != WordTrie.NONE) {
      int frequency;
      if (chars > 1 && (frequency = words.wordFrequency(node)) >= 0) {
        addNode(i, j, CHINESE_WORD, frequency, key, chars);
      }
      while (j < n && types[j] == SPACE_LIKE) {
        j++;
      }
      if (j >= n || types[j] != HANZI) {
        break;
      }
      char c = text[base + j];
      appendKey(c);
      chars++;
      node = words.child(node, c);
      j++;
    }
  }

  /** smartcn's {@code BiSegGraph}: edges to the nodes at the first start at or after each node's end, then Viterbi. */
  private void shortestPath() {
    int count = nodes;
    if (distances.length < count) {
      distances = new double[Math.max(count, distances.length * 2)];
      previous = new int[distances.length];
    }
    distances[0] = 0;
    Arrays.fill(distances, 1, count, Double.MAX_VALUE);
    for (int from = 0; from < count - 1; from++) {
      int to = nextStart[ends[from]];
      int first = firstAt[to];
      int last = first + countAt[to];
      long fnv = Hashes.FNV_START;
      int djb = Hashes.DJB_START;
      for (int k = keyStarts[from], end = k + keyLengths[from]; k < end; k++) {
        fnv = Hashes.fnv(fnv, keys[k]);
        djb = Hashes.djb(djb, keys[k]);
      }
      fnv = Hashes.fnv(fnv, '@');
      djb = Hashes.djb(djb, '@');
      double wordFrequency = frequencies[from];
      double distance = distances[from];
      double unknownPair = Double.NaN;
      for (int next = first; next < last; next++) {
        long pairFnv = fnv;
        int pairDjb = djb;
        for (int k = keyStarts[next], end = k + keyLengths[next]; k < end; k++) {
          pairFnv = Hashes.fnv(pairFnv, keys[k]);
          pairDjb = Hashes.djb(pairDjb, keys[k]);
        }
        int pairFrequency = bigrams.frequency(pairFnv, pairDjb);
        double weight;
        if (pairFrequency == 0) {
          if (Double.isNaN(unknownPair)) {
            unknownPair = weight(wordFrequency, 0);
          }
          weight = unknownPair;
        } else {
          weight = weight(wordFrequency, pairFrequency);
        }
        double candidate = distance + weight;
        if (candidate < distances[next]) {
          distances[next] = candidate;
          previous[next] = from;
        }
      }
    }
    pathLength = 0;
    for (int node = previous[count - 1]; node != 0; node = previous[node]) {
      if (path.length == pathLength) {
        path = Arrays.copyOf(path, pathLength * 2);
      }
      path[pathLength++] = node;
    }
    for (int a = 0, b = pathLength - 1; a < b; a++, b--) {
      int swap = path[a];
      path[a] = path[b];
      path[b] = swap;
    }
  }

  /** smartcn's edge weight: −log of the smoothed probability of the pair, in its order of operations. */
  private static double weight(double oneWordFreq, int wordPairFreq) {
    double smooth = 0.1;
    double tinyDouble = 1.0 / MAX_FREQUENCY;
    return -Math.log(
        smooth * (1.0 + oneWordFreq) / (MAX_FREQUENCY + 0.0)
            + (1.0 - smooth) * ((1.0 - tinyDouble) * wordPairFreq / (1.0 + oneWordFreq) + tinyDouble));
  }

  private void addNode(int start, int end, int type, int frequency, int key, int keyLength) {
    if (nodes == starts.length) {
      int size = nodes * 2;
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      wordTypes = Arrays.copyOf(wordTypes, size);
      frequencies = Arrays.copyOf(frequencies, size);
      keyStarts = Arrays.copyOf(keyStarts, size);
      keyLengths = Arrays.copyOf(keyLengths, size);
    }
    starts[nodes] = start;
    ends[nodes] = end;
    wordTypes[nodes] = type;
    frequencies[nodes] = frequency;
    keyStarts[nodes] = key;
    keyLengths[nodes] = keyLength;
    if (start >= 0) {
      if (firstAt[start] < 0) {
        firstAt[start] = nodes;
      }
      countAt[start]++;
    }
    nodes++;
  }

  private int appendKey(char c) {
    if (keysLength == keys.length) {
      keys = Arrays.copyOf(keys, keys.length * 2);
    }
    keys[keysLength] = c;
    return keysLength++;
  }

  private int appendKeys(char[] from, int offset, int count) {
    if (keysLength + count > keys.length) {
      keys = Arrays.copyOf(keys, Math.max(keysLength + count, keys.length * 2));
    }
    System.arraycopy(from, offset, keys, keysLength, count);
    int at = keysLength;
    keysLength += count;
    return at;
  }
}

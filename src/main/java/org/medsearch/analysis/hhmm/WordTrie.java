package org.medsearch.analysis.hhmm;

import java.util.Arrays;

/**
 * smartcn's word dictionary ({@code coredict.mem}) as a trie: which words exist, their frequencies,
 * and whether a run of characters is still the beginning of some word.
 *
 * <p>smartcn stores, per first character, a sorted array of the words' remaining characters and
 * finds the first character's array through a double-hashed table of 12,071 slots. Its lookups
 * (a binary search for a word, a binary search plus a backward scan for a prefix, a fresh
 * {@code char[]} per extension) answer exactly what this trie answers in one step per character,
 * provided every array is strictly sorted in smartcn's own order; the constructor checks that, and
 * finds each character's array with smartcn's own probe sequence, so a character its table cannot
 * find has no words here either.
 */
final class WordTrie {
  static final char FIRST_HAN = '\u4E00';
  static final char LAST_HAN = '\u9FA5';
  static final int NONE = -1;

  private static final int CHAR_TABLE_SIZE = 12071;

  /** The trie node of each Han character (index: character − FIRST_HAN), or NONE. */
  private final int[] roots;
  /** Frequency of the one-character word of each Han character: 0 when it is no word. */
  private final int[] singleFrequencies;
  /**
   * Open addressing, one long per edge so a lookup touches one cache line: (parent node + 1) << 16
   * | character in the high 40 bits, the child node in the low 24; 0 when empty.
   */
  private final long[] edges;
  private final int edgeMask;
  /** Per node: the frequency of the word it ends, or -1 when it ends none. */
  private final int[] wordFrequencies;

  /**
   * Builds the trie from smartcn's four arrays, as serialized: the character table (row per slot
   * and the character in it) and, per row, the words' remaining characters and their frequencies.
   */
  WordTrie(short[] rowOfSlot, char[] charOfSlot, char[][][] rows, int[][] rowFrequencies) {
    long edgeCount = 0;
    for (char[][] row : rows) {
      if (row != null) {
        for (char[] rest : row) {
          edgeCount += rest == null ? 0 : rest.length;
        }
      }
    }
    int capacity = Integer.highestOneBit((int) Math.max(16, edgeCount * 2)) << 1;
    edges = new long[capacity];
    edgeMask = capacity - 1;
    int maxNodes = (int) edgeCount + (LAST_HAN - FIRST_HAN + 2);
    if (maxNodes >= 1 << 23) {
      throw new IllegalStateException("smartcn word dictionary: too many words for this trie");
    }
    wordFrequencies = new int[maxNodes];
    Arrays.fill(wordFrequencies, -1);
    roots = new int[LAST_HAN - FIRST_HAN + 1];
    singleFrequencies = new int[roots.length];
    Arrays.fill(roots, NONE);

    int nodes = 0;
    for (char c = FIRST_HAN; c <= LAST_HAN; c++) {
      int slot = slotOf(c, charOfSlot);
      if (slot < 0) {
        continue;
      }
      int rowIndex = rowOfSlot[slot];
      char[][] row = rowIndex < 0 ? null : rows[rowIndex];
      int[] rowFreq = rowIndex < 0 ? null : rowFrequencies[rowIndex];
      if (row == null || rowFreq == null || rowFreq.length != row.length) {
        throw new IllegalStateException("smartcn word dictionary: no word list for " + c);
      }
      checkSorted(row, c);
      if (row.length == 0) {
        continue; // smartcn finds no prefix in an empty list: the character starts no word
      }
      int root = nodes++;
      roots[c - FIRST_HAN] = root;
      for (int k = 0; k < row.length; k++) {
        int node = root;
        char[] rest = row[k];
        if (rest != null) {
          for (char next : rest) {
            int child = child(node, next);
            if (child == NONE) {
              child = nodes++;
              putEdge(node, next, child);
            }
            node = child;
          }
        }
        if (rowFreq[k] < 0) {
          throw new IllegalStateException("smartcn word dictionary: negative frequency in the words of " + c);
        }
        wordFrequencies[node] = rowFreq[k];
      }
      singleFrequencies[c - FIRST_HAN] = frequency(root);
    }
  }

  /** The node of the one-character prefix {@code c} (a Han character), or NONE when no word starts with it. */
  int root(char c) {
    return roots[c - FIRST_HAN];
  }

  /** smartcn's frequency of the one-character word {@code c} (a Han character); 0 when it is no word. */
  int singleFrequency(char c) {
    return singleFrequencies[c - FIRST_HAN];
  }

  /** The node of the prefix {@code node} + {@code c}, or NONE when no word starts so. */
  int child(int node, char c) {
    long key = edgeKey(node, c);
    for (int i = mix(key) & edgeMask; ; i = (i + 1) & edgeMask) {
      long edge = edges[i];
      if (edge >>> 24 == key) {
        return (int) (edge & 0xFFFFFF);
      }
      if (edge == 0) {
        return NONE;
      }
    }
  }

  /** The frequency of the word {@code node} ends, or -1 when it is only the beginning of words. */
  int wordFrequency(int node) {
    return wordFrequencies[node];
  }

  private int frequency(int node) {
    return Math.max(0, wordFrequencies[node]);
  }

  /** smartcn's frequency of {@code word} (starting with a Han character); 0 when it is no word. */
  int frequency(char[] word) {
    if (word.length == 0 || word[0] < FIRST_HAN || word[0] > LAST_HAN) {
      throw new IllegalArgumentException("only words starting with a Han character are looked up");
    }
    int node = root(word[0]);
    for (int i = 1; i < word.length && node != NONE; i++) {
      node = child(node, word[i]);
    }
    return node == NONE ? 0 : frequency(node);
  }

  private void putEdge(int node, char c, int child) {
    long key = edgeKey(node, c);
    int i = mix(key) & edgeMask;
    while (edges[i] != 0) {
      i = (i + 1) & edgeMask;
    }
    edges[i] = key << 24 | child;
  }

  private static long edgeKey(int node, char c) {
    return ((long) (node + 1) << 16) | c; // never 0, so an edge is never 0, which marks an empty slot
  }

  private static int mix(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40);
  }

  /** Where smartcn's character table keeps {@code c}: its double hashing, its probe limit; -1 when absent. */
  static int slotOf(char c, char[] charOfSlot) {
    return Hashes.probe(Hashes.mixedFnv(c), Hashes.djb(c), CHAR_TABLE_SIZE, at -> charOfSlot[at] == 0, at -> charOfSlot[at] == c);
  }

  /** The binary searches this trie replaces agree with it only on strictly sorted rows. */
  private static void checkSorted(char[][] row, char first) {
    for (int k = 1; k < row.length; k++) {
      if (compare(row[k - 1], row[k]) >= 0) {
        throw new IllegalStateException("smartcn word dictionary: the words of " + first + " are not strictly sorted at " + k);
      }
    }
  }

  /** smartcn's order of word remainders: by character, a prefix first; null sorts as the empty remainder. */
  static int compare(char[] left, char[] right) {
    int leftLength = left == null ? 0 : left.length;
    int rightLength = right == null ? 0 : right.length;
    int n = Math.min(leftLength, rightLength);
    for (int i = 0; i < n; i++) {
      if (left[i] != right[i]) {
        return left[i] > right[i] ? 1 : -1;
      }
    }
    return Integer.compare(leftLength, rightLength);
  }
}

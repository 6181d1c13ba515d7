package org.medsearch.analysis.hhmm;

import java.util.function.IntPredicate;

/**
 * smartcn's hash functions, bit for bit: its dictionaries are tables placed by them, and its
 * bigram table keeps only the 64-bit hash of each word pair, so a lookup must hash exactly as the
 * table was built. The array forms run one character at a time, so a pair's hash is computed
 * without building the {@code word1@word2} string.
 */
final class Hashes {
  /** FNV-1's 64-bit offset basis: the hash of no characters. */
  static final long FNV_START = 0xcbf29ce484222325L;
  /** The djb2 start: the second hash of no characters. */
  static final int DJB_START = 5381;

  private static final long FNV_PRIME = 1099511628211L;

  private Hashes() {}

  /** FNV-1 over one more character (its low byte, then its high byte), as smartcn hashes a char[]. */
  static long fnv(long hash, char c) {
    hash = (hash ^ (c & 0x00FF)) * FNV_PRIME;
    return (hash ^ (c >> 8)) * FNV_PRIME;
  }

  /**
   * djb2 over one more character, as smartcn writes it: {@code + c & 0xFF} masks the whole sum and
   * the second step shifts it, so the result stays below 289.
   */
  static int djb(int hash, char c) {
    hash = ((hash << 5) + hash) + c & 0x00FF;
    return ((hash << 5) + hash) + c >> 8;
  }

  /** smartcn's hash of a single character for its character table: FNV-1 followed by extra mixing. */
  static long mixedFnv(char c) {
    long hash = fnv(FNV_START, c);
    hash += hash << 13;
    hash ^= hash >> 7;
    hash += hash << 3;
    hash ^= hash >> 17;
    hash += hash << 5;
    return hash;
  }

  /** smartcn's second hash of a single character. */
  static int djb(char c) {
    return djb(DJB_START, c);
  }

  /**
   * smartcn's double hashing, as both its dictionaries probe: from {@code first} mod {@code size}
   * by steps of {@code second} mod {@code size}, until a slot that is empty or holds the key, or
   * {@code size} tries. Returns the slot holding the key, or -1.
   */
  static int probe(long first, int second, int size, IntPredicate empty, IntPredicate holds) {
    int start = (int) (first % size);
    int step = second % size;
    if (start < 0) {
      start += size;
    }
    if (step < 0) {
      step += size;
    }
    int at = start;
    int i = 1;
    while (!empty.test(at) && !holds.test(at) && i < size) {
      at = (start + i * step) % size;
      i++;
    }
    return i < size && holds.test(at) ? at : -1;
  }
}

package org.medsearch.analysis.hhmm;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * smartcn's bigram dictionary ({@code bigramdict.mem}): how often word pairs occur, keyed by the
 * 64-bit FNV-1 hash of {@code word1@word2} alone, so two different pairs with the same hash share
 * a frequency.
 *
 * <p>smartcn's table has 402,137 slots, 82% full, probed with a step below 289 taken from a second
 * hash: a pair it does not know (most of them) walks a long way to an empty slot. The answer is
 * the same as this: 0 for a hash the table does not hold; for one it holds (in exactly one slot,
 * checked when loading), that slot's frequency if smartcn's probe from this pair's start and step
 * reaches the slot before an empty one, else 0. The first question is answered by a sparse hash
 * index of our own; the second by walking smartcn's probe once per slot and step and remembering a
 * step that reached it — a genuine pair always has the step it was stored with, so the walk is
 * repeated only for a different pair that happens to share the hash.
 */
final class BigramTable {
  static final int SLOTS = 402137;

  /** smartcn's table itself, for the probe walk. */
  private final long[] slots;
  /**
   * A blocked Bloom filter of the hashes held (half a megabyte, so it stays in cache): most pairs
   * are not in the table, and this says so without touching the index.
   */
  private final long[] filter;
  private final int filterShift;
  /**
   * Per hash held, two longs: the hash (0: empty), then its frequency (low 32 bits), smartcn's
   * slot holding it (19 bits) and a probe step known to reach that slot, plus one (9 bits; 0 for
   * none yet). The step is written without locks, whole (opaque access): every value ever written
   * is true, so a thread that misses another's write only walks smartcn's probe once more.
   */
  private final long[] index;
  private final int indexMask;

  private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
  private static final int SLOT_SHIFT = 32;
  private static final int REACHED_SHIFT = 51;
  private static final long SLOT_MASK = (1L << (REACHED_SHIFT - SLOT_SHIFT)) - 1;

  BigramTable(long[] hashes, int[] frequencies) {
    if (hashes.length != SLOTS || frequencies.length != SLOTS) {
      throw new IllegalStateException("smartcn bigram dictionary: expected " + SLOTS + " slots, got " + hashes.length);
    }
    int held = 0;
    for (int i = 0; i < SLOTS; i++) {
      if (hashes[i] != 0) {
        held++;
      } else if (frequencies[i] != 0) {
        // smartcn answers a pair hashing to 0 with an empty slot's frequency: that must be 0.
        throw new IllegalStateException("smartcn bigram dictionary: empty slot " + i + " has a frequency");
      }
    }
    slots = hashes;
    int blocks = Integer.highestOneBit(Math.max(64, held / 8)) << 1;
    filter = new long[blocks];
    filterShift = 64 - Integer.numberOfTrailingZeros(blocks);
    int capacity = Integer.highestOneBit(Math.max(16, held)) << 1;
    index = new long[capacity * 2];
    indexMask = capacity - 1;
    for (int slot = 0; slot < SLOTS; slot++) {
      long hash = hashes[slot];
      if (hash == 0) {
        continue;
      }
      int i = home(hash);
      while (index[2 * i] != 0) {
        if (index[2 * i] == hash) {
          throw new IllegalStateException("smartcn bigram dictionary: hash held twice, at slots " + (index[2 * i + 1] >>> 32) + " and " + slot);
        }
        i = (i + 1) & indexMask;
      }
      index[2 * i] = hash;
      index[2 * i + 1] = ((long) slot << SLOT_SHIFT) | (frequencies[slot] & 0xFFFFFFFFL);
      long mixed = hash * 0xC2B2AE3D27D4EB4FL;
      filter[(int) (mixed >>> filterShift)] |= filterBits(mixed);
    }
  }

  /**
   * smartcn's frequency of the pair whose FNV-1 hash is {@code hash} and whose second (djb2) hash
   * is {@code step}, as {@code BigramDictionary.getFrequency} answers it.
   */
  int frequency(long hash, int step) {
    long mixed = hash * 0xC2B2AE3D27D4EB4FL;
    long bits = filterBits(mixed);
    if (hash == 0 || (filter[(int) (mixed >>> filterShift)] & bits) != bits) {
      return 0;
    }
    int i = home(hash);
    long key;
    while ((key = index[2 * i]) != hash) {
      if (key == 0) {
        return 0;
      }
      i = (i + 1) & indexMask;
    }
    long value = (long) LONGS.getOpaque(index, 2 * i + 1);
    if ((int) (value >>> REACHED_SHIFT) != step + 1) {
      if (probe(hash, step) != (int) ((value >>> SLOT_SHIFT) & SLOT_MASK)) {
        return 0;
      }
      LONGS.setOpaque(index, 2 * i + 1, (value & ((1L << REACHED_SHIFT) - 1)) | ((long) (step + 1) << REACHED_SHIFT));
    }
    return (int) value;
  }

  /** smartcn's probe: from the hash's home slot by {@code step}, to the hash, an empty slot or its limit. */
  private int probe(long hash, int step) {
    return Hashes.probe(hash, step, SLOTS, at -> slots[at] == 0, at -> slots[at] == hash);
  }

  /** Three bits of a filter block, from bits of the mixed hash other than those choosing the block. */
  private static long filterBits(long mixed) {
    return 1L << ((mixed >>> 20) & 63) | 1L << ((mixed >>> 26) & 63) | 1L << ((mixed >>> 32) & 63);
  }

  private int home(long hash) {
    return (int) ((hash * 0x9E3779B97F4A7C15L) >>> 40) & indexMask;
  }
}

package org.medsearch.ingest;

import java.util.Random;

/** Random texts of given pieces, for comparing a fast path with the rule it replaces. */
final class RandomTexts {
  private final Random random;
  private final String[] pieces;

  RandomTexts(long seed, String... pieces) {
    this.random = new Random(seed);
    this.pieces = pieces;
  }

  /** Up to {@code maxPieces} pieces, each drawn at random. */
  String next(int maxPieces) {
    StringBuilder text = new StringBuilder();
    for (int length = random.nextInt(maxPieces + 1); length > 0; length--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}

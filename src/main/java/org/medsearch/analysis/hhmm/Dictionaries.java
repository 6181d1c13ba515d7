package org.medsearch.analysis.hhmm;

/** smartcn's two dictionaries, read from its jar once per JVM on first use and shared by every segmenter. */
final class Dictionaries {
  final WordTrie words;
  final BigramTable bigrams;

  private Dictionaries(WordTrie words, BigramTable bigrams) {
    this.words = words;
    this.bigrams = bigrams;
  }

  static Dictionaries get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final Dictionaries INSTANCE = load();
  }

  private static Dictionaries load() {
    Object[] core = SerializedArrays.read("coredict.mem", 4);
    Object[] bigram = SerializedArrays.read("bigramdict.mem", 2);
    return new Dictionaries(
        new WordTrie((short[]) core[0], (char[]) core[1], (char[][][]) core[2], (int[][]) core[3]),
        new BigramTable((long[]) bigram[0], (int[]) bigram[1]));
  }
}

package org.medsearch.index;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * What the search box offers to complete, read from an index: document titles, institutions and
 * the most frequent English and Chinese words, each with a weight, in the order completions rank
 * them (weight, then text). The indexer stores the list of each commit in a file beside it, so a
 * server starting on a large index reads a few thousand entries instead of scanning every title
 * and vocabulary (a second or more at a million documents).
 *
 * @param stopwords the words never offered; a stored list is used only with the same ones
 */
public record SuggestionList(List<Item> items, Set<String> stopwords) {
  public static final String TITLE = "title";
  public static final String INSTITUTION = "institution";
  public static final String TERM = "term";
  /** How many titles are offered at most: those of the most documents, then in title order. */
  public static final int MAX_TITLES = 20_000;
  /** How many of the most frequent words of each language are offered. */
  static final int TERMS_PER_LANGUAGE = 3000;
  /** Commit user data key: the file holding the commit's list. */
  static final String COMMIT_KEY = "suggestions";
  static final String FILE_PREFIX = "suggestions-";
  private static final String CODEC = "MedsearchSuggestions";
  private static final int VERSION = 1;
  private static final List<String> KINDS = List.of(TITLE, INSTITUTION, TERM);

  /**
   * One completion.
   *
   * @param id the document a title opens; null for other kinds
   */
  public record Item(String text, String kind, String id, int weight) {}

  public SuggestionList {
    items = List.copyOf(items);
    stopwords = Set.copyOf(stopwords);
  }

  /** Reads titles, institutions and frequent words from {@code reader}; {@code stopwords} are never offered. */
  public static SuggestionList build(IndexReader reader, Set<String> stopwords) throws IOException {
    return build(reader, stopwords, MAX_TITLES);
  }

  /** As {@link #build(IndexReader, Set)}, offering at most {@code maxTitles} titles. */
  public static SuggestionList build(IndexReader reader, Set<String> stopwords, int maxTitles) throws IOException {
    CharArraySet skip = new CharArraySet(stopwords, true);
    skip.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    List<Item> items = new ArrayList<>();
    titles(reader, maxTitles, items);
    for (Map.Entry<String, Integer> institution : termFrequencies(reader, Fields.INSTITUTION).entrySet()) {
      items.add(new Item(institution.getKey(), INSTITUTION, null, institution.getValue()));
    }
    Predicate<String> english = t -> t.length() >= 2 && t.chars().allMatch(Character::isLetter) && !skip.contains(t);
    Predicate<String> chinese = t -> t.codePointCount(0, t.length()) >= 2 && !skip.contains(t);
    Map<String, Integer> terms = mostFrequent(reader, Fields.SPELL, english);
    // A word among the most frequent by its larger count is among the most frequent of that field.
    Map<String, Integer> han = mostFrequent(reader, Fields.BODY_ZH, chinese);
    mostFrequent(reader, Fields.TITLE_ZH, chinese).forEach((t, df) -> han.merge(t, df, Math::max));
    terms.putAll(top(han.entrySet()));
    terms.forEach((term, df) -> items.add(new Item(term, TERM, null, df)));
    items.sort(Comparator.comparingInt(Item::weight).reversed().thenComparing(Item::text));
    return new SuggestionList(items, stopwords);
  }

  /**
   * The list of the commit {@code reader} reads when the indexer stored one for these
   * {@code stopwords}, else one built from the reader. A stored file that fails its checksum is
   * rebuilt too: completions are never worth a failed start.
   */
  public static SuggestionList of(DirectoryReader reader, Set<String> stopwords) throws IOException {
    String file = reader.getIndexCommit().getUserData().get(COMMIT_KEY);
    if (file != null) {
      try {
        SuggestionList stored = read(reader.directory(), file);
        if (stored.stopwords().equals(stopwords)) {
          return stored;
        }
      } catch (NoSuchFileException | FileNotFoundException e) {
        // Gone (deleted by hand, or replaced with its commit meanwhile): built like a list never stored.
      } catch (IOException e) {
        org.slf4j.LoggerFactory.getLogger(SuggestionList.class)
            .warn("{}: stored suggestions unreadable ({}); building them from the index", file, e.getMessage());
      }
    }
    return build(reader, stopwords);
  }

  /** Writes this list to a new file in {@code directory}, synced, and returns the file's name. */
  String write(Directory directory) throws IOException {
    // A new name each time: the file of the commit a server is reading is never overwritten.
    String name = FILE_PREFIX + UUID.randomUUID() + ".bin";
    try (IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
      CodecUtil.writeHeader(out, CODEC, VERSION);
      out.writeVInt(stopwords.size());
      for (String word : new TreeSet<>(stopwords)) {
        out.writeString(word);
      }
      out.writeVInt(items.size());
      for (Item item : items) {
        out.writeString(item.text());
        out.writeByte((byte) KINDS.indexOf(item.kind()));
        out.writeString(item.id() == null ? "" : item.id());
        out.writeVInt(item.weight());
      }
      CodecUtil.writeFooter(out);
    }
    directory.sync(List.of(name));
    return name;
  }

  static SuggestionList read(Directory directory, String name) throws IOException {
    try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
      // The whole file's checksum first: damaged bytes are never parsed.
      CodecUtil.checksumEntireFile(in);
      in.seek(0);
      CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
      int stopwordCount = in.readVInt();
      List<String> stopwords = new ArrayList<>(stopwordCount);
      for (int i = 0; i < stopwordCount; i++) {
        stopwords.add(in.readString());
      }
      int count = in.readVInt();
      List<Item> items = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String text = in.readString();
        int kind = in.readByte();
        if (kind < 0 || kind >= KINDS.size()) {
          throw new IOException("unknown suggestion kind " + kind + " in " + name);
        }
        String id = in.readString();
        items.add(new Item(text, KINDS.get(kind), id.isEmpty() ? null : id, in.readVInt()));
      }
      return new SuggestionList(items, Set.copyOf(stopwords));
    }
  }

  /**
   * Every title once, with the first document (by id) that has it, at most {@code maxTitles} of
   * them: read from the title and id doc values, never from stored documents, in two passes (count
   * each title's documents; find the first id of the titles kept) that hold a few ints per title.
   */
  private static void titles(IndexReader reader, int maxTitles, List<Item> items) throws IOException {
    SortedDocValues all = MultiDocValues.getSortedValues(reader, Fields.TITLE);
    if (all == null) {
      return;
    }
    OrdinalMap ordinals = all instanceof MultiDocValues.MultiSortedDocValues multi ? multi.mapping : null;
    int[] documents = new int[all.getValueCount()];
    forEachLiveTitle(reader, ordinals, (leaf, doc, ord) -> documents[ord]++);
    Integer[] byDocuments = new Integer[documents.length];
    for (int ord = 0; ord < documents.length; ord++) {
      byDocuments[ord] = ord;
    }
    // Most documents first, then title order (ordinals are in title order).
    Arrays.sort(byDocuments, Comparator.comparingInt((Integer ord) -> -documents[ord]).thenComparingInt(ord -> ord));
    int[] slot = new int[documents.length];
    Arrays.fill(slot, -1);
    int kept = 0;
    for (Integer ord : byDocuments) {
      if (kept == maxTitles || documents[ord] == 0) {
        break;
      }
      slot[ord] = kept++;
    }
    BytesRef[] firstId = new BytesRef[kept];
    List<SortedDocValues> ids = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      ids.add(DocValues.getSorted(leaf.reader(), Fields.ID));
    }
    forEachLiveTitle(reader, ordinals, (leaf, doc, ord) -> {
      SortedDocValues leafIds = ids.get(leaf);
      if (slot[ord] >= 0 && leafIds.advanceExact(doc)) {
        BytesRef id = leafIds.lookupOrd(leafIds.ordValue());
        BytesRef first = firstId[slot[ord]];
        if (first == null || id.compareTo(first) < 0) {
          firstId[slot[ord]] = BytesRef.deepCopyOf(id);
        }
      }
    });
    for (int ord = 0; ord < documents.length; ord++) {
      if (slot[ord] >= 0 && firstId[slot[ord]] != null) {
        items.add(new Item(all.lookupOrd(ord).utf8ToString(), TITLE, firstId[slot[ord]].utf8ToString(), 1));
      }
    }
  }

  @FunctionalInterface
  private interface TitleVisitor {
    void visit(int leaf, int doc, int globalOrd) throws IOException;
  }

  private static void forEachLiveTitle(IndexReader reader, OrdinalMap ordinals, TitleVisitor visitor) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    for (int i = 0; i < leaves.size(); i++) {
      LeafReader leaf = leaves.get(i).reader();
      SortedDocValues titles = DocValues.getSorted(leaf, Fields.TITLE);
      LongValues global = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(i);
      Bits live = leaf.getLiveDocs();
      for (int doc = titles.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = titles.nextDoc()) {
        if (live == null || live.get(doc)) {
          visitor.visit(i, doc, (int) global.get(titles.ordValue()));
        }
      }
    }
  }

  private static Map<String, Integer> termFrequencies(IndexReader reader, String field) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return out;
    }
    TermsEnum it = terms.iterator();
    for (BytesRef term = it.next(); term != null; term = it.next()) {
      out.put(term.utf8ToString(), it.docFreq());
    }
    return out;
  }

  /**
   * The {@link #TERMS_PER_LANGUAGE} most frequent words of {@code field} that {@code keep} accepts,
   * streamed: a large index's vocabulary is never held whole.
   */
  private static Map<String, Integer> mostFrequent(IndexReader reader, String field, Predicate<String> keep)
      throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return new HashMap<>();
    }
    TermsEnum it = terms.iterator();
    List<Map.Entry<String, Integer>> kept = new ArrayList<>();
    for (BytesRef term = it.next(); term != null; term = it.next()) {
      String text = term.utf8ToString();
      if (keep.test(text)) {
        kept.add(Map.entry(text, it.docFreq()));
        if (kept.size() >= 4 * TERMS_PER_LANGUAGE) {
          Map<String, Integer> best = top(kept);
          kept.clear();
          kept.addAll(best.entrySet());
        }
      }
    }
    return top(kept);
  }

  /** The {@link #TERMS_PER_LANGUAGE} most frequent words. */
  private static Map<String, Integer> top(Iterable<Map.Entry<String, Integer>> frequencies) {
    PriorityQueue<Map.Entry<String, Integer>> best =
        new PriorityQueue<>(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
    for (Map.Entry<String, Integer> e : frequencies) {
      best.add(e);
      if (best.size() > TERMS_PER_LANGUAGE) {
        best.poll();
      }
    }
    Map<String, Integer> out = new HashMap<>();
    best.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}

package org.medsearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Builds a reproducible benchmark corpus of any size from real text only.
 *
 * <p>Each document is drawn from one pool — MedQuAD (40%), dialogue (30%), KUAKE titles (30%) — by a
 * seeded random choice. A pool's documents are taken in a seeded shuffled order; once all were used
 * (round 0, the originals), round r pairs each document A with the one r places after it in that
 * order, B, and writes A's title with the first half of A's sentences followed by the second half of
 * B's (for title-only KUAKE documents: A's title with B's title as its text). Every (A, round) pair
 * is different, so N documents are N distinct texts, and lengths stay those of the real documents.
 */
public final class CorpusBuilder {
  static final double MEDQUAD_SHARE = 0.4;
  static final double DIALOGUE_SHARE = 0.3;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？；;])\\s*");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SourcePools pools;

  public CorpusBuilder(SourcePools pools) {
    this.pools = pools;
  }

  /** Writes {@code docs} documents as JSONL shards of {@code shardDocs} into {@code out} (emptied first). */
  public CorpusStats build(long docs, long seed, int shardDocs, Path out) throws IOException {
    Files.createDirectories(out);
    try (var old = Files.list(out)) {
      for (Path p : old.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList()) {
        Files.delete(p);
      }
    }
    Random choice = new Random(seed);
    Pool medquad = new Pool(pools.medquad(), seed + 1);
    Pool dialogue = new Pool(pools.dialogue(), seed + 2);
    Pool kuake = new Pool(pools.kuake(), seed + 3);
    long bytes = 0;
    int shards = 0;
    BufferedWriter shard = null;
    try {
      for (long i = 0; i < docs; i++) {
        if (i % shardDocs == 0) {
          if (shard != null) {
            shard.close();
          }
          shard = Files.newBufferedWriter(out.resolve(String.format(Locale.ROOT, "corpus-%05d.jsonl", shards++)), StandardCharsets.UTF_8);
        }
        double r = choice.nextDouble();
        Pool pool = r < MEDQUAD_SHARE ? medquad : r < MEDQUAD_SHARE + DIALOGUE_SHARE ? dialogue : kuake;
        String line = JSON.writeValueAsString(record(String.format(Locale.ROOT, "bench-%07d", i), pool.next())) + "\n";
        shard.write(line);
        bytes += line.getBytes(StandardCharsets.UTF_8).length;
      }
    } finally {
      if (shard != null) {
        shard.close();
      }
    }
    CorpusStats stats = new CorpusStats(docs, bytes, medquad.used, dialogue.used, kuake.used, seed, shards, shardDocs);
    stats.write(out);
    return stats;
  }

  private static ObjectNode record(String id, SourceText doc) {
    ObjectNode record = JSON.createObjectNode();
    record.put("id", id);
    record.put("title", doc.title());
    if (!doc.text().isEmpty()) {
      record.put("text", doc.text());
    }
    record.put("source", doc.source());
    record.put("language", doc.language().code());
    return record;
  }

  /** One pool's documents in seeded order, recombined once they are used up. */
  private static final class Pool {
    final List<SourceText> order;
    long used;

    Pool(List<SourceText> texts, long seed) {
      if (texts.size() < 2) {
        throw new IllegalArgumentException("a source pool needs at least two documents");
      }
      List<SourceText> shuffled = new ArrayList<>(texts);
      Collections.shuffle(shuffled, new Random(seed));
      this.order = shuffled;
    }

    SourceText next() {
      int n = order.size();
      long round = used / n;
      int at = (int) (used % n);
      used++;
      if (round >= n) {
        throw new IllegalStateException("corpus larger than " + n + " rounds of a " + n + "-document pool");
      }
      SourceText a = order.get(at);
      if (round == 0) {
        return a;
      }
      SourceText b = order.get((int) ((at + round) % n));
      if (a.text().isEmpty()) {
        return new SourceText(a.title(), b.title(), a.source(), a.language());
      }
      return new SourceText(a.title(), splice(a.text(), b.text()), a.source(), a.language());
    }
  }

  /**
   * The first half of {@code a}'s sentences (rounded up), then the second half of {@code b}'s
   * (rounded down, but at least its last sentence, so the result is never {@code a} alone).
   */
  static String splice(String a, String b) {
    String[] first = SENTENCE_END.split(a);
    String[] second = SENTENCE_END.split(b);
    List<String> parts = new ArrayList<>(Arrays.asList(first).subList(0, (first.length + 1) / 2));
    parts.addAll(Arrays.asList(second).subList(Math.min((second.length + 1) / 2, second.length - 1), second.length));
    boolean latin = a.chars().anyMatch(c -> c < 0x2E80 && Character.isLetter(c)) && a.chars().noneMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
    return String.join(latin ? " " : "", parts).strip();
  }
}

package org.medsearch.eval;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * A fixed division of a topic set: one topic in five (by a CRC-32 of its qid, so the same topics
 * on every machine and whatever their order) is held out; ranking is tuned on the other four.
 */
public enum Split {
  /** Every topic. */
  ALL,
  /** The four in five that changes are tuned on. */
  TUNE,
  /** The one in five kept aside to confirm that what was tuned holds on unseen queries. */
  HELDOUT;

  /** Held out: one qid in {@code HELDOUT_EVERY}. */
  static final int HELDOUT_EVERY = 5;

  /** True when the topic {@code qid} belongs to this split. */
  public boolean contains(String qid) {
    return switch (this) {
      case ALL -> true;
      case TUNE -> !heldOut(qid);
      case HELDOUT -> heldOut(qid);
    };
  }

  /** The topics of {@code topics} in this split, in their order. */
  public List<Topics.Topic> of(List<Topics.Topic> topics) {
    return topics.stream().filter(topic -> contains(topic.qid())).toList();
  }

  static boolean heldOut(String qid) {
    CRC32 crc = new CRC32();
    crc.update(qid.getBytes(StandardCharsets.UTF_8));
    return crc.getValue() % HELDOUT_EVERY == 0;
  }
}

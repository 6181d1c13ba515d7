package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * The query terms' offsets in one field of a page of hits, read from the postings as Lucene's
 * {@code PostingsOffsetStrategy} reads them, but with one postings enum per term for the whole page
 * instead of one per term and hit. The highlighter asks for a field's hits in ascending document
 * order, so each enum only moves forward; Lucene's strategy looks every term up in the terms
 * dictionary again for each hit, which was half of highlighting time on long questions (40–50
 * terms over the English, Chinese and character-pair fields, ten hits).
 *
 * <p>Anything else — a hit asked for out of order or twice, another segment — starts the enums
 * afresh, so the offsets are always those of the asked hit.
 */
final class PageOffsetStrategy extends FieldOffsetStrategy {
  private final BytesRef[] terms;
  /** Wildcards, strict phrases or weight matches: offsets Lucene's way, per hit. */
  private final boolean lucenesWay;
  /** Per term: its enum in {@link #leaf}, null before the term is looked up there. */
  private final PostingsEnum[] postings;
  /** Per term: true when {@link #leaf} does not hold it. */
  private final boolean[] absent;
  private LeafReader leaf;
  private TermsEnum termsEnum;
  private int lastDoc = -1;

  PageOffsetStrategy(UHComponents components) {
    super(components);
    this.terms = components.terms();
    this.lucenesWay = components.automata().length > 0
        || components.phraseHelper().hasPositionSensitivity()
        || components.highlightFlags().contains(UnifiedHighlighter.HighlightFlag.WEIGHT_MATCHES);
    this.postings = new PostingsEnum[terms.length];
    this.absent = new boolean[terms.length];
  }

  @Override
  public UnifiedHighlighter.OffsetSource getOffsetSource() {
    return UnifiedHighlighter.OffsetSource.POSTINGS;
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
    if (lucenesWay) {
      return createOffsetsEnumFromReader(reader, doc);
    }
    if (reader != leaf || doc <= lastDoc) {
      restart(reader);
    }
    lastDoc = doc;
    if (termsEnum == null) {
      return OffsetsEnum.EMPTY;
    }
    List<OffsetsEnum> found = new ArrayList<>();
    for (int i = 0; i < terms.length; i++) {
      PostingsEnum term = positioned(i, doc);
      if (term != null) {
        found.add(new OffsetsEnum.OfPostings(terms[i], term));
      }
    }
    return switch (found.size()) {
      case 0 -> OffsetsEnum.EMPTY;
      case 1 -> found.getFirst();
      default -> new OffsetsEnum.MultiOffsetsEnum(found);
    };
  }

  /** Term {@code i}'s enum on {@code doc}, or null when {@code doc} does not hold the term. */
  private PostingsEnum positioned(int i, int doc) throws IOException {
    if (absent[i]) {
      return null;
    }
    PostingsEnum term = postings[i];
    if (term == null) {
      if (!termsEnum.seekExact(terms[i])) {
        absent[i] = true;
        return null;
      }
      term = termsEnum.postings(null, PostingsEnum.OFFSETS);
      if (term == null) {
        throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets, cannot highlight");
      }
      postings[i] = term;
    }
    int at = term.docID() < doc ? term.advance(doc) : term.docID();
    if (at == DocIdSetIterator.NO_MORE_DOCS) {
      absent[i] = true; // no later hit of the page holds it either
    }
    return at == doc ? term : null;
  }

  private void restart(LeafReader reader) throws IOException {
    leaf = reader;
    Terms index = reader.terms(getField());
    termsEnum = index == null ? null : index.iterator();
    Arrays.fill(postings, null);
    Arrays.fill(absent, false);
  }
}

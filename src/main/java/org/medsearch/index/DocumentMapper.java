package org.medsearch.index;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.medsearch.ingest.Language;
import org.medsearch.ingest.SourceDocument;
import org.medsearch.ingest.Scripts;

/** Turns a {@link SourceDocument} into the Lucene document that holds it. */
public final class DocumentMapper {
  /** Analysed, not stored; offsets in the postings let the highlighter skip re-analysis. */
  /** Longer titles are not offered as completions (doc values also cap a value at 32 KB). */
  private static final int MAX_SUGGESTED_TITLE_BYTES = 1000;
  private static final FieldType ANALYSED_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    ANALYSED_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    ANALYSED_WITH_OFFSETS.freeze();
  }

  /** Only which documents hold a word: spelling suggestions need document frequencies, nothing more. */
  private static final FieldType WORDS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    WORDS_ONLY.setIndexOptions(IndexOptions.DOCS);
    WORDS_ONLY.setOmitNorms(true);
    WORDS_ONLY.freeze();
  }

  private final FacetsConfig facetsConfig;
  private final boolean bigrams;
  private final boolean latinWords;

  public DocumentMapper(FacetsConfig facetsConfig, boolean bigrams) {
    this(facetsConfig, bigrams, false);
  }

  /**
   * With {@code latinWords} (the Chinese analysis keeps Latin words), an English document's
   * Chinese fields still get its Han words only: its English words count once, in the English fields.
   */
  public DocumentMapper(FacetsConfig facetsConfig, boolean bigrams, boolean latinWords) {
    this.facetsConfig = facetsConfig;
    this.bigrams = bigrams;
    this.latinWords = latinWords;
  }

  /** The facet dimensions every index of this application uses. */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Fields.INSTITUTION, true);
    return config;
  }

  public Document toDocument(SourceDocument source) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, source.id(), Field.Store.YES));
    doc.add(new StringField(Fields.FILE, source.file(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(source.id())));
    boolean english = latinWords && source.language() == Language.EN;
    addText(doc, Fields.TITLE, source.title(), english);
    BytesRef title = new BytesRef(source.title().strip());
    if (!source.title().isBlank() && title.length <= MAX_SUGGESTED_TITLE_BYTES) {
      // Read by the suggester: each distinct title once, without touching the stored documents.
      doc.add(new SortedDocValuesField(Fields.TITLE, title));
    }
    addText(doc, Fields.BODY, source.body(), english);
    addKeyword(doc, Fields.LANGUAGE, source.language().code());
    if (source.date() != null) {
      doc.add(new StoredField(Fields.DATE, source.date().toString()));
      doc.add(new LongField(Fields.DATE_DAYS, source.date().toEpochDay(), Field.Store.NO));
      addKeyword(doc, Fields.YEAR, Integer.toString(source.date().getYear()));
    }
    if (source.source() != null) {
      addKeyword(doc, Fields.SOURCE, source.source());
    }
    if (source.docType() != null) {
      addKeyword(doc, Fields.DOC_TYPE, source.docType());
    }
    for (String institution : source.institutions()) {
      addKeyword(doc, Fields.INSTITUTION, institution);
    }
    if (source.parentId() != null) {
      doc.add(new StringField(Fields.PARENT_ID, source.parentId(), Field.Store.YES));
    }
    doc.add(new StringField(Fields.CONTENT_HASH, source.contentHash(), Field.Store.YES));
    return facetsConfig.build(doc);
  }

  private void addText(Document doc, String field, String text, boolean englishDocument) {
    doc.add(new StoredField(field, text));
    doc.add(new Field(Fields.english(field), text, ANALYSED_WITH_OFFSETS));
    doc.add(new Field(Fields.chinese(field), englishDocument ? hanOnly(text) : text, ANALYSED_WITH_OFFSETS));
    if (bigrams) {
      doc.add(new Field(Fields.bigrams(field), text, ANALYSED_WITH_OFFSETS));
    }
    doc.add(new Field(Fields.SPELL, text, WORDS_ONLY));
  }

  /** {@code text} with every non-Han letter and digit blanked: same length, so highlight offsets still hold. */
  static String hanOnly(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Scripts.isSpacedLetterOrDigit(cp)) {
        kept.append(" ".repeat(Character.charCount(cp)));
      } else {
        kept.appendCodePoint(cp);
      }
    });
    return kept.toString();
  }

  private static void addKeyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(field, value));
  }
}

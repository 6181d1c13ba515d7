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
import org.medsearch.config.IndexConfig;
import org.medsearch.ingest.Language;
import org.medsearch.ingest.SourceDocument;
import org.medsearch.ingest.Scripts;

/** Turns a {@link SourceDocument} into the Lucene document that holds it. */
public final class DocumentMapper {
  /** Longer titles are not offered as completions (doc values also cap a value at 32 KB). */
  private static final int MAX_SUGGESTED_TITLE_BYTES = 1000;
  /** Analysed, not stored; offsets in the postings let the highlighter skip re-analysis. */
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

  /** The mapper {@code config} indexes with: character pairs when weighted, Latin words in the Chinese fields when asked for. */
  public static DocumentMapper of(IndexConfig config) {
    return new DocumentMapper(facetsConfig(), config.analysis().chinese().bigramWeight() > 0, config.analysis().chinese().latinWords());
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

  /**
   * The stored text and its analysed fields. Every document holds every analysed field: one whose
   * analysis cannot yield a single token gets the empty text instead, which yields the same
   * postings and statistics without running the chain (a Chinese text is not run through the
   * English chains, an English one not through the Han ones: about an eighth of analysis time on
   * the benchmark corpus). Held by every document, a field's norms are dense: scoring a match reads
   * its norm by document number, where sparse norms (Chinese fields of English documents, body
   * fields of title-only ones) first search a jump table for it: 7 % of a search's time at 1M.
   */
  private void addText(Document doc, String field, String text, boolean englishDocument) {
    doc.add(new StoredField(field, text));
    boolean words = mayHoldSpacedWords(text);
    boolean han = mayHoldHan(text);
    doc.add(new Field(Fields.english(field), words ? text : "", ANALYSED_WITH_OFFSETS));
    // Latin words count in the Chinese fields of a Chinese text (analysis.chinese.latin_words).
    boolean chinese = han || (words && latinWords && !englishDocument);
    doc.add(new Field(Fields.chinese(field), chinese ? chineseText(text, englishDocument) : "", ANALYSED_WITH_OFFSETS));
    if (bigrams) {
      doc.add(new Field(Fields.bigrams(field), han ? text : "", ANALYSED_WITH_OFFSETS));
    }
    if (words) {
      doc.add(new Field(Fields.SPELL, text, WORDS_ONLY));
    }
  }

  /** What a text's Chinese field holds: an English document's Han words only, a Chinese one's whole text. */
  private static String chineseText(String text, boolean englishDocument) {
    return englishDocument ? hanOnly(text) : text;
  }

  /**
   * False only when no character of {@code text} can start a Han token: every one lies below the
   * CJK blocks (an English text's usual case).
   */
  static boolean mayHoldHan(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= Scripts.FIRST_HAN) {
        return true;
      }
    }
    return false;
  }

  /**
   * False only when {@code text} holds nothing but Han ideographs, spaces and punctuation that the
   * tokenizers never keep (a Chinese text without a Latin word or a digit). Any other character
   * (a letter, a digit, a symbol that can be an emoji token) answers true.
   */
  static boolean mayHoldSpacedWords(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!isIdeograph(cp) && !isPunctuationOrSpace(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * A Han character the tokenizers take as an ideograph (a word of its own to the English chains,
   * which drop it); not 々 or 〇, which the English tokenizer keeps as a word.
   */
  private static boolean isIdeograph(int cp) {
    return Scripts.isHan(cp) && Character.getType(cp) == Character.OTHER_LETTER && Character.isIdeographic(cp);
  }

  /**
   * Spaces and the punctuation of Chinese and English text that no analysis chain makes a token of
   * (tested character by character and in pairs against the analyzers).
   */
  static boolean isPunctuationOrSpace(int cp) {
    if (cp < 0x80) {
      return !Character.isLetterOrDigit(cp);
    }
    return cp == 0x00A0 || cp == 0x00B0 || cp == 0x00B7 || cp == 0x00D7
        || (cp >= 0x2010 && cp <= 0x2027) // dashes, quotes, bullet, ellipsis
        || (cp >= 0x2030 && cp <= 0x2033) // per mille, primes
        || (cp >= 0x3000 && cp <= 0x3003) // ideographic space, 、。〃
        || (cp >= 0x3008 && cp <= 0x3011) // 〈〉《》「」『』【】
        || (cp >= 0x3014 && cp <= 0x301F) // 〔〕〖〗〘〙〚〛〜〝〞〟
        || (cp >= 0xFF01 && cp <= 0xFF0F) // full-width ！＂＃…／
        || (cp >= 0xFF1A && cp <= 0xFF20) // ：；＜＝＞？＠
        || (cp >= 0xFF3B && cp <= 0xFF40) // ［＼］＾＿｀
        || (cp >= 0xFF5B && cp <= 0xFF65); // ｛｜｝～ and half-width 。「」、・
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

package org.medsearch.index;

import java.util.List;

/** Every index field name, once. */
public final class Fields {
  /** The document id (its path in the input folder): a keyword, stored, and sortable for stable ties. */
  public static final String ID = "id";
  /** Display title and text, stored once and highlighted through the analysed fields below. */
  public static final String TITLE = "title";
  public static final String BODY = "body";
  /** The same text analysed as English (Latin words) and as Chinese (Han words). */
  public static final String TITLE_EN = "title.en";
  public static final String TITLE_ZH = "title.zh";
  public static final String BODY_EN = "body.en";
  public static final String BODY_ZH = "body.zh";
  /** Overlapping pairs of Han characters of the same text: found where word segmentation differs. */
  public static final String TITLE_BIGRAMS = "title.zh2";
  public static final String BODY_BIGRAMS = "body.zh2";
  /**
   * Latin words of title and body, only lower-cased (no stemming, no stop words), indexed but not
   * stored: the dictionary of real words that spelling suggestions and term completions come from.
   */
  public static final String SPELL = "spell";
  /** Metadata: keywords, stored, and (but for date) facets. */
  public static final String LANGUAGE = "language";
  public static final String YEAR = "year";
  public static final String SOURCE = "source";
  /** ISO-8601 publication date as stored text. */
  public static final String DATE = "date";
  /** Publication date as days since 1970-01-01, for sorting and ranges. */
  public static final String DATE_DAYS = "date_days";
  /** Kind of document (profile, news, report …): keyword, stored, facet. */
  public static final String DOC_TYPE = "doc_type";
  /** Canonical institutions mentioned: keyword, stored, multi-valued facet. */
  public static final String INSTITUTION = "institution";
  /** For an article split from a page: the page's id. */
  public static final String PARENT_ID = "parent_id";
  /** The id of the file a document came from: every document of a file is replaced together. */
  public static final String FILE = "file";
  /** SHA-256 of the file's bytes: keyword, stored; an update finds a file's indexed version by it. */
  public static final String CONTENT_HASH = "content_hash";

  /** Metadata a facet can count. */
  public static final List<String> FACETABLE = List.of(LANGUAGE, YEAR, SOURCE, DOC_TYPE, INSTITUTION);
  /** Logical text fields a query can name, each backed by an English and a Chinese field. */
  public static final List<String> TEXT = List.of(TITLE, BODY);

  private Fields() {}

  public static String english(String textField) {
    return textField + ".en";
  }

  public static String chinese(String textField) {
    return textField + ".zh";
  }

  public static String bigrams(String textField) {
    return textField + ".zh2";
  }
}

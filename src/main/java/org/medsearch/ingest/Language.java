package org.medsearch.ingest;

import java.util.Locale;

/** The language of a document as a whole. */
public enum Language {
  ZH,
  EN,
  MIXED;

  /** The code used in the index, the API and facet values: zh, en, mixed. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}

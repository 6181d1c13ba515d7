package org.medsearch.bench;

/** The language of a corpus document or a query. */
public enum Language {
  EN,
  ZH;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

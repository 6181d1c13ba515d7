package org.medsearch.search;

/** One whole document as indexed: its cleaned text and metadata. */
public record DocumentView(
    String id, String title, String language, String date, Integer year, String source, String text) {}

package org.medsearch.bench;

/**
 * One real document the corpus is assembled from.
 *
 * @param title its title (MedQuAD: the question; dialogue: the consultation's title; Kuake: the page title)
 * @param text its text, or empty for a title-only document
 * @param source where it comes from (MedQuAD's NIH site, the dialogue's department, KUAKE-QTR)
 * @param language its language
 */
public record SourceText(String title, String text, String source, Language language) {}

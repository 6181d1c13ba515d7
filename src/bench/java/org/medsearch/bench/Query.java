package org.medsearch.bench;

/** One query of the benchmark's query log: real text typed by a person, in its language. */
public record Query(String text, Language language) {}

package org.medsearch.bench;

/**
 * What merging a built index into one segment measured (the {@code merge} and {@code peer-merge}
 * phases).
 *
 * @param segmentsBefore segments of the index as built
 * @param seconds time of the merge, to its commit (ours) or the end of the {@code _forcemerge} request (the peer's)
 * @param indexBytes size of the index after it
 */
public record MergeFigures(int segmentsBefore, double seconds, long indexBytes) {}

package org.medsearch.ingest;

import java.nio.file.Path;

/**
 * A file found in an input folder.
 *
 * @param id the path relative to the input folder, with '/' separators
 * @param path where to read it (a plain file, or an entry inside the application jar)
 */
public record SourceFile(String id, Path path) {}

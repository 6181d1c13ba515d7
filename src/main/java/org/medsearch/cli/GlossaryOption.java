package org.medsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.medsearch.analysis.Glossary;
import org.medsearch.config.IndexConfig;
import picocli.CommandLine.Option;

/** {@code --glossary FILE}: more English–Chinese term pairs for the commands that search. */
public final class GlossaryOption {
  @Option(
      names = "--glossary",
      paramLabel = "FILE",
      description = "Extra glossary (english<TAB>chinese per line), on top of search.glossary_files; repeatable.")
  List<Path> files = new ArrayList<>();

  Glossary glossary(IndexConfig config) throws IOException {
    return Glossary.load(config, files);
  }
}

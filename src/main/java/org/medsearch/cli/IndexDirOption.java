package org.medsearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}: the index folder a command works on. */
public final class IndexDirOption {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "data/index")
  Path dir;
}

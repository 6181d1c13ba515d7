package org.medsearch.cli;

import java.nio.file.Path;
import org.medsearch.config.IndexConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the commands that work on one index: {@code --config} and {@code --index}. */
public final class CommonOptions {
  @Mixin ConfigOption configOption;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "data/index")
  Path indexDir;

  IndexConfig config() {
    return configOption.config();
  }
}

package org.medsearch.cli;

import java.nio.file.Path;
import org.medsearch.config.ConfigLoader;
import org.medsearch.config.IndexConfig;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
  /** Where an index lives when --index is not given. */
  public static final Path DEFAULT_INDEX = Path.of("data", "index");

  @Option(
      names = "--config",
      paramLabel = "DIR",
      description = "Folder holding index.yaml (default: ./index-config, else the one inside the jar).")
  Path configDir;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: ${DEFAULT-VALUE}).",
      defaultValue = "data/index")
  Path indexDir;

  IndexConfig config() {
    return ConfigLoader.load(configDir);
  }
}

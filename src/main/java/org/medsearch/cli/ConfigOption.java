package org.medsearch.cli;

import java.nio.file.Path;
import org.medsearch.config.ConfigLoader;
import org.medsearch.config.IndexConfig;
import picocli.CommandLine.Option;

/** {@code --config DIR}, which every command takes. */
public final class ConfigOption {
  @Option(
      names = "--config",
      paramLabel = "DIR",
      description = "Folder holding index.yaml (default: ./index-config, else the one inside the jar).")
  Path configDir;

  IndexConfig config() {
    return ConfigLoader.load(configDir);
  }
}

package org.medsearch;

import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import org.medsearch.analysis.Analyzers;
import org.medsearch.cli.EvalCommand;
import org.medsearch.cli.ForceMergeCommand;
import org.medsearch.cli.IndexCommand;
import org.medsearch.cli.SearchCommand;
import org.medsearch.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Picks the command and returns its exit code; the work is in the command classes. */
@Command(
    name = "medsearch",
    mixinStandardHelpOptions = true,
    version = "medsearch 0.1.0",
    description = "Bilingual (Chinese + English) search over medical-institution documents.",
    subcommands = {
      IndexCommand.class, ForceMergeCommand.class, ServeCommand.class, SearchCommand.class, EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit codes every command uses. */
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  /** The index was written, but some files were skipped. */
  public static final int PARTIAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Every command analyses text: its tables load on a spare core while picocli starts (0.2 s)
    // and the config is read (0.4 s), instead of in the first search or indexing thread.
    CompletableFuture.runAsync(Analyzers::loadTables);
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    if (code != OK || !ServeCommand.isServing()) {
      System.exit(code);
    }
  }

  /** Runs one command line and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (e, ignored) -> {
          String command = e.getCommandLine().getCommandName();
          err.println("error: " + e.getMessage() + " (see '" + qualified(e.getCommandLine()) + " --help')");
          return USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          err.println("error: " + oneLine(e));
          return FAILED;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static String qualified(CommandLine command) {
    return command.getParent() == null ? command.getCommandName() : "medsearch " + command.getCommandName();
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}

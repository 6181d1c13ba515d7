package org.medsearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.Documents;
import org.medsearch.Main;

/** The command line as scripts use it: names, exit codes, one-line errors. */
class CliTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void indexThenSearchTheBundledCorpus() {
    String index = tmp.resolve("index").toString();
    Run indexed = run("index", "--index", index);
    assertEquals(Main.OK, indexed.code(), indexed.err());
    assertTrue(indexed.out().contains("indexed 14 of 14 files"), indexed.out());
    Run found = run("search", "--index", index, "stem cell therapy");
    assertEquals(Main.OK, found.code(), found.err());
    String firstHit = found.out().lines().filter(l -> l.matches("^\\s*1\\. .*")).findFirst().orElseThrow();
    assertTrue(firstHit.contains("id=07-stem-cell-centre-en.md"), found.out());
    assertTrue(found.out().contains("[stem] [cell]") || found.out().contains("[Stem] [Cell]"), found.out());
  }

  @Test
  void indexWithSkippedFilesExitsWithThePartialCode() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(input.resolve("ok.txt"), "Clinic\nThe clinic opens.");
    Files.writeString(input.resolve("empty.txt"), "");
    Run run = run("index", "--input", input.toString(), "--index", tmp.resolve("index").toString());
    assertEquals(Main.PARTIAL, run.code());
    assertTrue(run.err().contains("skipped empty.txt: empty file"), run.err());
  }

  @Test
  void indexOfMixedFormatsNamesEachSkippedFileWithItsReason() throws Exception {
    Path input = Files.createDirectories(tmp.resolve("mixed"));
    Files.write(input.resolve("report.pdf"), Documents.pdf("Annual Report", "The hospital treated 2,000 patients."));
    Files.write(input.resolve("notice.docx"), Documents.docx("Vaccination Day", "Free flu shots."));
    Files.write(input.resolve("cut.pdf"), java.util.Arrays.copyOf(Documents.pdf("Cut"), 200));
    Files.write(input.resolve("locked.docx"), Documents.encryptedDocx());
    Files.write(input.resolve("junk.txt"), Documents.junk(1024));
    Run run = run("index", "--input", input.toString(), "--index", tmp.resolve("index").toString());
    assertEquals(Main.PARTIAL, run.code(), run.err());
    assertTrue(run.out().contains("indexed 2 of 5 files"), run.out());
    assertTrue(run.err().contains("skipped cut.pdf: damaged or not what its name says ("), run.err());
    assertTrue(run.err().contains("skipped locked.docx: encrypted or password-protected\n"), run.err());
    assertTrue(run.err().contains("skipped junk.txt: text cannot be decoded (binary data, not text)"), run.err());
    assertEquals(3, run.err().lines().filter(line -> line.startsWith("skipped ")).count(), run.err());
  }

  @Test
  void helpIsAvailableOnEveryCommand() {
    for (String command : new String[] {"index", "serve", "search"}) {
      Run run = run(command, "--help");
      assertEquals(Main.OK, run.code());
      assertTrue(run.out().contains("--config"), command);
      assertTrue(run.out().contains("--index"), command);
    }
  }

  @Test
  void usageErrorIsOneLineAndExitCode2() {
    Run run = run("search", "--index");
    assertEquals(Main.USAGE, run.code());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().startsWith("error: "), run.err());
  }

  @Test
  void searchWithoutAnIndexSaysSo() {
    Run run = run("search", "--index", tmp.resolve("none").toString(), "x");
    assertEquals(Main.FAILED, run.code());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().contains("no index here"), run.err());
  }

  @Test
  void badConfigNamesTheKey() throws Exception {
    String yaml = Files.readString(Path.of("index-config", "index.yaml")).replace("boost: 3.0", "boost: -3.0");
    Path config = org.medsearch.TestData.configFolder(tmp.resolve("config"), yaml);
    Run run = run("index", "--config", config.toString(), "--index", tmp.resolve("index").toString());
    assertEquals(Main.FAILED, run.code());
    assertTrue(run.err().contains("fields.title.boost"), run.err());
  }

  @Test
  void missingConfigFolderIsNamed() {
    Run run = run("search", "--config", tmp.resolve("nope").toString(), "x");
    assertEquals(Main.FAILED, run.code());
    assertTrue(run.err().contains("no such config file"), run.err());
  }

  @Test
  void serveOnAPortInUseFailsWithAClearMessage() throws Exception {
    String index = tmp.resolve("index").toString();
    assertEquals(Main.OK, run("index", "--index", index).code());
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Run run = run("serve", "--index", index, "--host", "127.0.0.1", "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(Main.FAILED, run.code());
      assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
    }
  }

  @Test
  void badSortOptionIsRefused() {
    String index = tmp.resolve("index").toString();
    run("index", "--index", index);
    Run run = run("search", "--index", index, "--sort", "popular", "x");
    assertEquals(Main.FAILED, run.code());
    assertTrue(run.err().contains("--sort must be one of"), run.err());
  }
}

package org.medsearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real text a benchmark corpus is assembled from, read from the public evaluation sets in
 * {@code ../shared/eval} (never copied into the repository).
 *
 * @param medquad English: MedQuAD answers, their questions as titles
 * @param dialogue Chinese: consultations (title, the patient's question and the doctor's answer)
 * @param kuake Chinese: titles of medical web pages, as short title-only documents
 */
public record SourcePools(List<SourceText> medquad, List<SourceText> dialogue, List<SourceText> kuake) {
  static final String MEDQUAD = "en-medquad/corpus.jsonl";
  static final String DIALOGUE = "zh-dialogue/neike-sample.gb18030.csv";
  static final String KUAKE = "zh-kuake-qtr/corpus.jsonl";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the three pools; fails naming the file when one is missing. */
  public static SourcePools load(Path evalDir) throws IOException {
    return new SourcePools(readMedquad(evalDir.resolve(MEDQUAD)), readDialogue(evalDir.resolve(DIALOGUE)), readKuake(evalDir.resolve(KUAKE)));
  }

  private static List<SourceText> readMedquad(Path file) throws IOException {
    List<SourceText> texts = new ArrayList<>();
    for (JsonNode record : jsonLines(file)) {
      String title = record.path("title").asText("").strip();
      String text = record.path("text").asText("").strip();
      if (!title.isEmpty() && !text.isEmpty()) {
        texts.add(new SourceText(title, text, "MedQuAD " + record.path("source").asText("NIH"), Language.EN));
      }
    }
    return texts;
  }

  private static List<SourceText> readDialogue(Path file) throws IOException {
    String csv = new String(read(file), Charset.forName("GB18030"));
    List<List<String>> rows = Csv.parse(csv);
    List<SourceText> texts = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() < 4) {
        continue;
      }
      String title = row.get(1).strip();
      String text = (row.get(2).strip() + "\n" + row.get(3).strip()).strip();
      if (!title.isEmpty() && !text.isEmpty()) {
        texts.add(new SourceText(title, text, row.get(0).strip(), Language.ZH));
      }
    }
    return texts;
  }

  private static List<SourceText> readKuake(Path file) throws IOException {
    List<SourceText> texts = new ArrayList<>();
    for (JsonNode record : jsonLines(file)) {
      // Some scraped titles carry control characters and stray quotes around the text.
      String title = record.path("title").asText("").replaceAll("\\p{Cntrl}", " ").replaceAll("^[\\s\"]+|[\\s\"]+$", "");
      if (!title.isEmpty()) {
        texts.add(new SourceText(title, "", "KUAKE-QTR", Language.ZH));
      }
    }
    return texts;
  }

  private static List<JsonNode> jsonLines(Path file) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(existing(file), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          records.add(JSON.readTree(line));
        }
      }
    }
    return records;
  }

  private static byte[] read(Path file) throws IOException {
    return Files.readAllBytes(existing(file));
  }

  private static Path existing(Path file) throws NoSuchFileException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "evaluation data missing (expected ../shared/eval)");
    }
    return file;
  }
}

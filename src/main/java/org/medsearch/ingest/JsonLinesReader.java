package org.medsearch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medsearch.config.IndexConfig.JsonLinesConfig;

/**
 * JSON Lines: one document per line, its parts in the fields {@code ingest.jsonl} names. A line
 * that is not a JSON object, has neither text nor title, or repeats an id is skipped and noted;
 * the other lines are read. A record without text is indexed by its title.
 */
public final class JsonLinesReader implements DocumentReader {
  private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private final JsonLinesConfig fields;

  public JsonLinesReader(JsonLinesConfig fields) {
    this.fields = fields;
  }

  @Override
  public List<RawDocument> read(String file, byte[] bytes) throws IngestException {
    return readAll(file, bytes).documents();
  }

  @Override
  public Read readAll(String file, byte[] bytes) throws IngestException {
    List<RawDocument> documents = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    List<String> lines = lines(TextDecoder.decode(file, bytes));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      JsonNode record;
      try {
        record = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        skipped.add(where(file, i) + "not valid JSON");
        continue;
      }
      if (!record.isObject()) {
        skipped.add(where(file, i) + "not a JSON object");
        continue;
      }
      String title = value(record, fields.title());
      String text = value(record, fields.text());
      if (text == null && title == null) {
        skipped.add(where(file, i) + "no '" + fields.text() + "' or '" + fields.title() + "' field");
        continue;
      }
      String id = value(record, fields.id());
      String key = id != null ? id : Integer.toString(i + 1);
      if (!keys.add(key)) {
        skipped.add(where(file, i) + "repeats the id " + key);
        continue;
      }
      documents.add(new RawDocument(key, text != null ? text : title, stated(record, title)));
    }
    if (documents.isEmpty()) {
      String first = skipped.isEmpty() ? "no records" : skipped.size() + " lines skipped, first: " + skipped.getFirst();
      throw new IngestException(file, IngestException.Reason.CORRUPT, first);
    }
    return new Read(documents, skipped);
  }

  /** The lines of {@code text}, each without its "\n" or "\r\n" (a loop: it runs over every byte of the corpus). */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      int end = nl > start && text.charAt(nl - 1) == '\r' ? nl - 1 : nl;
      lines.add(text.substring(start, end));
      start = nl + 1;
    }
    lines.add(text.substring(start));
    return lines;
  }

  private static String where(String file, int lineIndex) {
    return file + " line " + (lineIndex + 1) + ": ";
  }

  private Map<String, String> stated(JsonNode record, String title) {
    Map<String, String> stated = new LinkedHashMap<>();
    putIfPresent(stated, RawDocument.TITLE, title);
    putIfPresent(stated, RawDocument.DATE, value(record, fields.date()));
    putIfPresent(stated, RawDocument.SOURCE, value(record, fields.source()));
    return stated;
  }

  private static void putIfPresent(Map<String, String> map, String key, String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  /** A field's scalar value as text; null when absent, null, blank, or an object or array. */
  private static String value(JsonNode record, String field) {
    JsonNode node = record.get(field);
    if (node == null || !node.isValueNode() || node.isNull()) {
      return null;
    }
    String text = node.asText().strip();
    return text.isEmpty() ? null : text;
  }
}

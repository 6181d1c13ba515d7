package org.medsearch.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.medsearch.index.Fields;

/**
 * Reads {@code index.yaml} from a config folder into {@link IndexConfig} and validates every key.
 * With no folder given it uses {@code ./index-config} when present, else the copy inside the jar.
 */
public final class ConfigLoader {
  public static final String FILE_NAME = "index.yaml";
  public static final Path DEFAULT_DIR = Path.of("index-config");
  private static final String BUNDLED_DIR = "/index-config/";
  /** Query parameters of /api/search: a facet may not take one of these names. */
  public static final Set<String> RESERVED_PARAMS =
      Set.of("q", "page", "size", "sort", "syntax", "date_from", "date_to", "cursor");

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
          .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);

  static {
    // "boost: yes" must be an error, not a silent 0.
    YAML.coercionConfigDefaults()
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    YAML.coercionConfigFor(String.class)
        .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
  }

  private ConfigLoader() {}

  /** The config in {@code dir}, or the default one when {@code dir} is null. */
  public static IndexConfig load(Path dir) {
    if (dir == null) {
      return Files.isRegularFile(DEFAULT_DIR.resolve(FILE_NAME)) ? load(DEFAULT_DIR) : loadBundled();
    }
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": no such config file (--config names a folder holding " + FILE_NAME + ")");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString(), new Neighbours(dir));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** The config packaged inside the application. */
  public static IndexConfig loadBundled() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream(BUNDLED_DIR + FILE_NAME)) {
      if (in == null) {
        throw new ConfigException("the bundled " + BUNDLED_DIR + FILE_NAME + " is missing from the application");
      }
      return parse(in, "bundled " + FILE_NAME, Neighbours.BUNDLED);
    } catch (IOException e) {
      throw new ConfigException("bundled " + FILE_NAME + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Parses and validates YAML text; {@code origin} names it in error messages. Files it names (the
   * gazetteer) are read from the bundled config.
   */
  public static IndexConfig parse(InputStream yaml, String origin) throws IOException {
    return parse(yaml, origin, Neighbours.BUNDLED);
  }

  private static IndexConfig parse(InputStream yaml, String origin, Neighbours neighbours) throws IOException {
    JsonNode tree = readTree(yaml, origin, IndexConfig.class);
    inlineGazetteer(tree, origin, neighbours);
    inlineGlossaries(tree, origin, neighbours);
    IndexConfig config = map(tree, YAML.readerFor(IndexConfig.class), origin);
    List<String> problems = validate(config);
    if (!problems.isEmpty()) {
      throw new ConfigException(origin + ": " + String.join("; ", problems));
    }
    return config;
  }

  /** The YAML document in {@code yaml}, refused when empty, malformed or holding a key {@code type} lacks. */
  private static JsonNode readTree(InputStream yaml, String origin, Class<?> type) throws IOException {
    JsonNode tree;
    try {
      tree = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new ConfigException(origin + ": not valid YAML: " + e.getOriginalMessage());
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new ConfigException(origin + ": the file is empty");
    }
    // Unknown keys first: a misspelt key must be reported as such, not as the key it replaced.
    unknownKey(tree, type, "").ifPresent(problem -> {
      throw new ConfigException(origin + ": " + problem);
    });
    return tree;
  }

  private static <T> T map(JsonNode tree, ObjectReader reader, String origin) throws IOException {
    try {
      return reader.readValue(tree);
    } catch (JsonMappingException e) {
      throw new ConfigException(origin + ": key '" + path(e) + "': " + e.getOriginalMessage());
    }
  }

  /**
   * Puts the content of the gazetteer file that {@code metadata.institutions} names in place of
   * the name, so the records hold the entities and configs with the same content compare equal.
   */
  private static void inlineGazetteer(JsonNode tree, String origin, Neighbours neighbours) throws IOException {
    if (!(tree.path("metadata") instanceof ObjectNode metadata) || !metadata.has("institutions")) {
      return; // reported as missing when the records are built
    }
    JsonNode name = metadata.get("institutions");
    if (!name.isTextual() || name.asText().isBlank()) {
      throw new ConfigException(origin + ": metadata.institutions: must name the gazetteer file, e.g. institutions.yaml");
    }
    String file = neighbours.describe(name.asText());
    Gazetteer gazetteer;
    try (InputStream in = neighbours.open(name.asText())) {
      // Unlike index.yaml, a gazetteer entry may leave out the name lists it does not need.
      ObjectReader lenient =
          YAML.readerFor(Gazetteer.class).without(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
      gazetteer = map(readTree(in, file, Gazetteer.class), lenient, file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(origin + ": metadata.institutions: " + file + ": no such file");
    }
    List<String> problems = GazetteerValidator.problems(gazetteer);
    if (!problems.isEmpty()) {
      throw new ConfigException(file + ": " + String.join("; ", problems));
    }
    metadata.set("institutions", YAML.valueToTree(gazetteer));
  }

  /**
   * Adds the pairs of the files named in {@code search.glossary_files} to {@code search.glossary}
   * (pairs written inline), so the config holds the whole glossary and a missing or malformed
   * file is reported at start, naming the file and line.
   */
  private static void inlineGlossaries(JsonNode tree, String origin, Neighbours neighbours) throws IOException {
    if (!(tree.path("search") instanceof ObjectNode search)
        || !(search.get("glossary_files") instanceof com.fasterxml.jackson.databind.node.ArrayNode files)) {
      return; // reported as missing when the records are built
    }
    com.fasterxml.jackson.databind.node.ArrayNode pairs =
        search.get("glossary") instanceof com.fasterxml.jackson.databind.node.ArrayNode inline ? inline : search.putArray("glossary");
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).asText();
      try (InputStream in = neighbours.open(name)) {
        for (IndexConfig.GlossaryPair pair : GlossaryFile.read(in, neighbours.describe(name))) {
          pairs.addObject().put("english", pair.english()).put("chinese", pair.chinese());
        }
      } catch (NoSuchFileException e) {
        throw new ConfigException(origin + ": search.glossary_files[" + i + "]: " + neighbours.describe(name) + ": no such file");
      } catch (IllegalArgumentException e) {
        throw new ConfigException(e.getMessage());
      }
    }
  }

  /** Where files named in index.yaml are: in {@code dir} beside it, or, when null, inside the jar. */
  private record Neighbours(Path dir) {
    static final Neighbours BUNDLED = new Neighbours(null);

    String describe(String name) {
      return dir == null ? "bundled " + name : dir.resolve(name).toString();
    }

    InputStream open(String name) throws IOException {
      if (dir != null) {
        return Files.newInputStream(dir.resolve(name));
      }
      InputStream in = ConfigLoader.class.getResourceAsStream(BUNDLED_DIR + name);
      if (in == null) {
        throw new NoSuchFileException(describe(name));
      }
      return in;
    }
  }

  private static List<String> validate(IndexConfig c) {
    List<String> problems = new ArrayList<>();
    require(problems, c.fields() != null, "fields: missing");
    require(problems, c.analysis() != null, "analysis: missing");
    require(problems, c.ranking() != null, "ranking: missing");
    require(problems, c.facets() != null, "facets: missing");
    require(problems, c.search() != null, "search: missing");
    require(problems, c.snippets() != null, "snippets: missing");
    require(problems, c.ingest() != null, "ingest: missing");
    require(problems, c.cleaning() != null, "cleaning: missing");
    require(problems, c.metadata() != null, "metadata: missing");
    if (!problems.isEmpty()) {
      return problems;
    }
    for (String field : List.of("title", "body")) {
      IndexConfig.FieldConfig f = c.fields().get(field);
      require(problems, f != null, "fields." + field + ": missing");
      if (f != null) {
        require(problems, f.boost() > 0, "fields." + field + ".boost: must be > 0, got " + f.boost());
      }
    }
    c.fields().keySet().stream()
        .filter(k -> !k.equals("title") && !k.equals("body"))
        .forEach(k -> problems.add("fields." + k + ": unknown field (known: body, title)"));
    require(problems, c.analysis().english() != null, "analysis.english: missing");
    require(problems, c.analysis().chinese() != null, "analysis.chinese: missing");
    if (c.analysis().chinese() != null) {
      require(problems, c.analysis().chinese().bigramWeight() >= 0,
          "analysis.chinese.bigram_weight: must be >= 0, got " + c.analysis().chinese().bigramWeight());
    }
    if (c.analysis().english() != null) {
      require(problems, c.analysis().english().stemmer() != null,
          "analysis.english.stemmer: missing (porter, kstem, minimal or none)");
    }
    require(problems, c.ranking().bm25K1() >= 0 && c.ranking().bm25K1() <= 3,
        "ranking.bm25_k1: must be within 0..3, got " + c.ranking().bm25K1());
    require(problems, c.ranking().bm25B() >= 0 && c.ranking().bm25B() <= 1,
        "ranking.bm25_b: must be within 0..1, got " + c.ranking().bm25B());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < c.facets().size(); i++) {
      IndexConfig.FacetConfig f = c.facets().get(i);
      String key = "facets[" + i + "]";
      if (f == null || f.name() == null || f.name().isBlank()) {
        problems.add(key + ".name: missing");
        continue;
      }
      require(problems, Fields.FACETABLE.contains(f.name()),
          key + ".name: '" + f.name() + "' is not a facetable field (known: " + String.join(", ", Fields.FACETABLE) + ")");
      require(problems, seen.add(f.name()), key + ".name: '" + f.name() + "' is listed twice");
      require(problems, !RESERVED_PARAMS.contains(f.name()), key + ".name: '" + f.name() + "' is a reserved parameter name");
      require(problems, f.label() != null && !f.label().isBlank(), key + ".label: missing");
    }
    IndexConfig.SearchConfig s = c.search();
    require(problems, s.defaultOperator() != null, "search.default_operator: missing (and or or)");
    require(problems, s.maxQuestionWords() >= 0, "search.max_question_words: must be >= 0 (0: no limit), got " + s.maxQuestionWords());
    require(problems, s.cutoffFrequency() >= 0 && Double.isFinite(s.cutoffFrequency()),
        "search.cutoff_frequency: must be >= 0 (a fraction of the documents below 1, a number of documents from 1; 0: off), got " + s.cutoffFrequency());
    require(problems, s.cutoffMinDocuments() >= 0, "search.cutoff_min_documents: must be >= 0, got " + s.cutoffMinDocuments());
    require(problems, s.spellingCorrectionsMinWords() >= 0,
        "search.spelling_corrections_min_words: must be >= 0 (0: off), got " + s.spellingCorrectionsMinWords());
    minimumShouldMatch(problems, "search.minimum_should_match", s.minimumShouldMatch());
    minimumShouldMatch(problems, "search.segment_minimum_should_match", s.segmentMinimumShouldMatch());
    require(problems, s.phraseBoost() >= 0, "search.phrase_boost: must be >= 0, got " + s.phraseBoost());
    require(problems, s.phraseSlop() >= 0 && s.phraseSlop() <= 50, "search.phrase_slop: must be within 0..50, got " + s.phraseSlop());
    require(problems, s.phraseMaxWords() >= 0, "search.phrase_max_words: must be >= 0 (0: no limit), got " + s.phraseMaxWords());
    require(problems, s.queryStopwords() != null, "search.query_stopwords: missing (use [] for none)");
    require(problems, s.glossaryFiles() != null, "search.glossary_files: missing (use [] for none)");
    if (s.glossary() != null) {
      for (int i = 0; i < s.glossary().size(); i++) {
        IndexConfig.GlossaryPair pair = s.glossary().get(i);
        require(problems, pair != null && pair.english() != null && !pair.english().isBlank()
            && pair.chinese() != null && !pair.chinese().isBlank(), "search.glossary[" + i + "]: needs english and chinese");
      }
    }
    require(problems, s.glossaryBoost() >= 0, "search.glossary_boost: must be >= 0, got " + s.glossaryBoost());
    require(problems, s.maxPageSize() >= 1 && s.maxPageSize() <= 1000,
        "search.max_page_size: must be within 1..1000, got " + s.maxPageSize());
    require(problems, s.defaultPageSize() >= 1 && s.defaultPageSize() <= s.maxPageSize(),
        "search.default_page_size: must be within 1..max_page_size, got " + s.defaultPageSize());
    require(problems, s.maxResultWindow() >= s.maxPageSize(),
        "search.max_result_window: must be >= max_page_size, got " + s.maxResultWindow());
    require(problems, s.maxQueryChars() >= 10 && s.maxQueryChars() <= 100_000,
        "search.max_query_chars: must be within 10..100000, got " + s.maxQueryChars());
    require(problems, s.maxClauses() >= 16 && s.maxClauses() <= 65_536,
        "search.max_clauses: must be within 16..65536, got " + s.maxClauses());
    require(problems, s.timeoutMs() >= 1, "search.timeout_ms: must be >= 1, got " + s.timeoutMs());
    IndexConfig.SnippetConfig sn = c.snippets();
    require(problems, sn.count() >= 1 && sn.count() <= 10, "snippets.count: must be within 1..10, got " + sn.count());
    require(problems, sn.passageChars() >= 20 && sn.passageChars() <= 2000,
        "snippets.passage_chars: must be within 20..2000, got " + sn.passageChars());
    require(problems, sn.facetValues() >= 1 && sn.facetValues() <= 1000,
        "snippets.facet_values: must be within 1..1000, got " + sn.facetValues());
    IndexConfig.IngestConfig in = c.ingest();
    require(problems, in.extensions() != null && !in.extensions().isEmpty(), "ingest.extensions: must list at least one");
    require(problems, in.maxFileBytes() > 0, "ingest.max_file_bytes: must be > 0, got " + in.maxFileBytes());
    if (in.jsonl() == null) {
      problems.add("ingest.jsonl: missing (the JSON field names of id, title, text, date and source)");
    } else {
      IndexConfig.JsonLinesConfig j = in.jsonl();
      Map<String, String> mapping = new LinkedHashMap<>();
      mapping.put("id", j.id());
      mapping.put("title", j.title());
      mapping.put("text", j.text());
      mapping.put("date", j.date());
      mapping.put("source", j.source());
      mapping.forEach((key, field) -> require(problems, field != null && !field.isBlank(),
          "ingest.jsonl." + key + ": missing (the JSON field holding the " + key + ")"));
    }
    IndexConfig.CleaningConfig cl = c.cleaning();
    require(problems, cl.dropLines() != null, "cleaning.drop_lines: missing (use [] for none)");
    require(problems, cl.sectionLabels() != null, "cleaning.section_labels: missing (use [] for none)");
    require(problems, cl.trailingLinkMarkers() != null, "cleaning.trailing_link_markers: missing (use [] for none)");
    require(problems, cl.maxLinkLineChars() >= 10, "cleaning.max_link_line_chars: must be >= 10, got " + cl.maxLinkLineChars());
    patterns(problems, "cleaning.drop_patterns", cl.dropPatterns());
    IndexConfig.MetadataConfig md = c.metadata();
    require(problems, md.headerLines() >= 1, "metadata.header_lines: must be >= 1, got " + md.headerLines());
    require(problems, md.maxTitleChars() >= 10, "metadata.max_title_chars: must be >= 10, got " + md.maxTitleChars());
    require(problems, md.dateLabels() != null, "metadata.date_labels: missing (use [] for none)");
    require(problems, md.sourceLabels() != null, "metadata.source_labels: missing (use [] for none)");
    require(problems, md.ignoredLabels() != null, "metadata.ignored_labels: missing (use [] for none)");
    require(problems, md.outletSuffixes() != null, "metadata.outlet_suffixes: missing (use [] for none)");
    require(problems, md.docTypes() != null, "metadata.doc_types: missing (use [] for none)");
    List<IndexConfig.DocTypeRule> rules = md.docTypes() == null ? List.of() : md.docTypes();
    for (int i = 0; i < rules.size(); i++) {
      IndexConfig.DocTypeRule rule = rules.get(i);
      String key = "metadata.doc_types[" + i + "]";
      if (rule == null || rule.name() == null || rule.name().isBlank()) {
        problems.add(key + ".name: missing");
        continue;
      }
      patterns(problems, key + ".title", rule.title());
      patterns(problems, key + ".label", rule.label());
      patterns(problems, key + ".text", rule.text());
    }
    return problems;
  }

  private static void patterns(List<String> problems, String key, List<String> patterns) {
    if (patterns == null) {
      problems.add(key + ": missing (use [] for none)");
      return;
    }
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.get(i) == null) {
        problems.add(key + "[" + i + "]: missing");
        continue;
      }
      try {
        java.util.regex.Pattern.compile(patterns.get(i));
      } catch (java.util.regex.PatternSyntaxException e) {
        problems.add(key + "[" + i + "]: not a valid regular expression: " + e.getDescription());
      }
    }
  }

  /** A minimum_should_match value in Elasticsearch's notation, or a problem naming {@code key}. */
  private static void minimumShouldMatch(List<String> problems, String key, String value) {
    if (value == null) {
      problems.add(key + ": missing (e.g. \"100%\")");
      return;
    }
    try {
      MinimumShouldMatch.parse(value);
    } catch (IllegalArgumentException e) {
      problems.add(key + ": " + e.getMessage());
    }
  }

  private static void require(List<String> problems, boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
  }

  /** The first key in {@code node} that {@code type} (a record, or a list or map of them) does not have. */
  private static Optional<String> unknownKey(JsonNode node, Type type, String path) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw.isRecord() && node.isObject()) {
      Map<String, Type> known = new LinkedHashMap<>();
      for (RecordComponent c : raw.getRecordComponents()) {
        known.put(snake(c.getName()), c.getGenericType());
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        Type fieldType = known.get(field.getKey());
        if (fieldType == null) {
          return Optional.of("unknown key '" + key + "' (known keys: " + String.join(", ", known.keySet().stream().sorted().toList()) + ")");
        }
        Optional<String> nested = unknownKey(field.getValue(), fieldType, key);
        if (nested.isPresent()) {
          return nested;
        }
      }
    } else if (List.class.isAssignableFrom(raw) && node.isArray() && type instanceof ParameterizedType p) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> nested = unknownKey(node.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]");
        if (nested.isPresent()) {
          return nested;
        }
      }
    } else if (Map.class.isAssignableFrom(raw) && node.isObject() && type instanceof ParameterizedType p) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        Optional<String> nested = unknownKey(field.getValue(), p.getActualTypeArguments()[1], path + "." + field.getKey());
        if (nested.isPresent()) {
          return nested;
        }
      }
    }
    return Optional.empty();
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}

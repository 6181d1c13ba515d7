package org.medsearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.medsearch.Main;
import org.medsearch.search.LuceneSearchService;
import org.medsearch.search.SearchRequest;
import org.medsearch.search.SearchResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code search}: ranked results in the terminal, through the same search service as the server. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the index and print ranked results.")
public final class SearchCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin GlossaryOption glossary;

  @Parameters(paramLabel = "QUERY", description = "The query, in the search-box syntax unless --syntax lucene.")
  String query;

  @Option(names = "--size", paramLabel = "N", description = "Results to show (default: ${DEFAULT-VALUE}).", defaultValue = "10")
  int size;

  @Option(names = "--page", paramLabel = "N", description = "Page of results (default: ${DEFAULT-VALUE}).", defaultValue = "1")
  int page;

  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance or date (default: ${DEFAULT-VALUE}).", defaultValue = "relevance")
  String sort;

  @Option(names = "--syntax", paramLabel = "SYNTAX", description = "simple or lucene (default: ${DEFAULT-VALUE}).", defaultValue = "simple")
  String syntax;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    var config = common.config();
    try (LuceneSearchService service = LuceneSearchService.open(common.index.dir, config, glossary.glossary(config))) {
      SearchResponse response =
          service.search(
              new SearchRequest(
                  query,
                  choice(SearchRequest.QuerySyntax.class, "--syntax", syntax),
                  page,
                  size,
                  choice(SearchRequest.SortOrder.class, "--sort", sort),
                  Map.of(),
                  null,
                  null, null));
      print(response, out);
    }
    return Main.OK;
  }

  static void print(SearchResponse response, PrintWriter out) {
    out.printf(Locale.ROOT, "%d results (%d ms)%n", response.total(), response.tookMs());
    int rank = (response.page() - 1) * response.size();
    for (SearchResponse.Hit hit : response.hits()) {
      rank++;
      out.printf(
          Locale.ROOT,
          "%2d. %s  [%s%s%s]  score %.3f  id=%s%n",
          rank,
          plain(hit.titleHtml()),
          hit.language(),
          hit.date() == null ? "" : " " + hit.date(),
          hit.source() == null ? "" : " " + hit.source(),
          hit.score(),
          hit.id());
      for (String snippet : hit.snippets()) {
        out.println("    " + plain(snippet));
      }
    }
  }

  /** Highlighted HTML as terminal text: marks become [brackets], entities are decoded. */
  static String plain(String html) {
    return html.replace("<mark>", "[")
        .replace("</mark>", "]")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&#x2F;", "/")
        .replace("&#47;", "/")
        .replace("&amp;", "&");
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", got '" + value + "'");
    }
  }
}

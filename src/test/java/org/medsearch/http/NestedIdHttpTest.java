package org.medsearch.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestData;
import org.medsearch.search.LuceneSearchService;

/** Documents in sub-folders have ids with slashes; the document endpoint takes them as they are. */
class NestedIdHttpTest {
  @TempDir Path tmp;

  @Test
  void documentInASubFolderIsServedByItsPathId() throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs/news/2024"));
    Files.writeString(docs.resolve("clinic.txt"), "Clinic opens\nThe new clinic opens on Monday.");
    try (LuceneSearchService service = LuceneSearchService.open(TestData.index(tmp.resolve("docs"), tmp.resolve("index")), TestData.config())) {
      Javalin app = HttpApp.create(service, TestData.config()).start("127.0.0.1", 0);
      try {
        HttpResponse<String> search = get(app, "/api/search?q=clinic");
        String id = new ObjectMapper().readTree(search.body()).get("hits").get(0).get("id").asText();
        assertEquals("news/2024/clinic.txt", id);
        HttpResponse<String> doc = get(app, "/api/documents/" + id);
        assertEquals(200, doc.statusCode(), doc.body());
        assertEquals("Clinic opens", new ObjectMapper().readTree(doc.body()).get("title").asText());
      } finally {
        app.stop();
      }
    }
  }

  private static HttpResponse<String> get(Javalin app, String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }
}

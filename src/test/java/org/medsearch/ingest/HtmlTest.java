package org.medsearch.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.Documents;
import org.medsearch.TestData;

class HtmlTest {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private final Ingestor ingestor = new Ingestor(TestData.config());

  @TempDir Path dir;

  private SourceDocument ingest(String name, byte[] bytes) throws IngestException {
    return ingestor.ingest(Documents.write(dir, name, bytes)).page();
  }

  private SourceDocument ingest(String name, String html) throws IngestException {
    return ingest(name, html.getBytes(UTF_8));
  }

  @Test
  void scriptStyleAndNavigationAreDropped() throws IngestException {
    SourceDocument doc =
        ingest(
            "news.html",
            """
            <html><head><title>News - Eastbridge</title><style>p { color: red }</style>
            <script>var tracker = "analytics";</script></head>
            <body><nav><a href="/">Clinics</a> <a href="/about">Our Doctors</a></nav>
            <h1>Flu Vaccination Starts</h1><p>Date: 2024-10-08</p>
            <p>The clinic offers free flu shots.</p><script>alert("popup")</script></body></html>
            """);
    assertEquals("Flu Vaccination Starts", doc.title());
    assertEquals(LocalDate.of(2024, 10, 8), doc.date());
    assertEquals("The clinic offers free flu shots.", doc.body());
  }

  @Test
  void entitiesAreDecoded() throws IngestException {
    SourceDocument doc = ingest("e.html", "<h1>Heart &amp; Lung Centre</h1><p>Opening hours&nbsp;8&ndash;17 &lt;weekdays&gt; &#21307;&#38498;.</p>");
    assertEquals("Heart & Lung Centre", doc.title());
    assertEquals("Opening hours 8–17 <weekdays> 医院.", doc.body());
  }

  @Test
  void paragraphsListItemsAndBreaksAreLines() throws IngestException {
    SourceDocument doc = ingest("l.html", "<h2>Services</h2><p>Our departments:</p><ul><li>Cardiology</li><li>Oncology</li></ul><p>Open daily<br>since 1990.</p>");
    assertEquals("Our departments:\nCardiology\nOncology\n\nOpen daily\nsince 1990.", doc.body());
  }

  @Test
  void gbkPageDeclaringItsCharsetIsDecodedAsGb18030() throws IngestException {
    // 䶮 (U+4DAE) is in GB18030 and not in GBK: browsers decode "gbk" pages as GB18030, and so do we.
    String html = "<html><head><meta charset=\"gbk\"></head><body><h1>医院简介</h1><p>刘䶮医生是心内科主任，为患者提供诊疗服务。</p></body></html>";
    SourceDocument doc = ingest("gbk.html", html.getBytes(GB18030));
    assertEquals("医院简介", doc.title());
    assertEquals("刘䶮医生是心内科主任，为患者提供诊疗服务。", doc.body());
  }

  @Test
  void pageWithoutACharsetIsDetected() throws IngestException {
    String html = "<html><body><h1>医院简介</h1><p>北京协和医院始建于1921年，是一所集医疗、教学、科研于一体的大型三级甲等综合医院，医生为患者提供服务。</p></body></html>";
    assertEquals("医院简介", ingest("nometa.html", html.getBytes(GB18030)).title());
  }

  @Test
  void pageTitleIsOnlyAFallback() throws IngestException {
    String html =
        "<html><head><title>Cardiology Department - Eastbridge General Hospital</title></head><body>"
            + "<p>The cardiology department treats heart disease in adults and children and runs a chest pain clinic around the clock, every day of the year.</p></body></html>";
    assertEquals("Cardiology Department - Eastbridge General Hospital", ingest("cardio.html", html).title());
  }

  @Test
  void titleLineInTheTextWinsOverThePageTitle() throws IngestException {
    String html = "<html><head><title>Eastbridge General Hospital</title></head><body><h1>Cardiology</h1><p>We treat heart disease.</p></body></html>";
    assertEquals("Cardiology", ingest("cardio.html", html).title());
  }

  @Test
  void htmlNamedTxtIsReadAsHtml() throws IngestException {
    SourceDocument doc = ingest("saved.txt", "<!DOCTYPE html><html><body><h1>Cardiology</h1><p>We treat heart disease.</p></body></html>");
    assertEquals("Cardiology", doc.title());
    assertFalse(doc.body().contains("<p>"), doc.body());
  }
}

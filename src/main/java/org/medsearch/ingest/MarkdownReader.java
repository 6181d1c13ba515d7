package org.medsearch.ingest;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Markdown as the text a reader sees: headings, lists and tables without their markup, links as their text. */
public final class MarkdownReader implements DocumentReader {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private final DocumentReader text = new PlainTextReader();
  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final TextContentRenderer renderer = TextContentRenderer.builder().extensions(EXTENSIONS).build();

  @Override
  public String read(String file, byte[] bytes) throws IngestException {
    return renderer.render(parser.parse(text.read(file, bytes)));
  }
}

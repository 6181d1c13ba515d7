package org.medsearch.ingest;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown as the text a reader sees: one line per heading, paragraph, list item and table row,
 * without markup; links and images count as their text, never their address.
 */
public final class MarkdownReader implements DocumentReader {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

  @Override
  public List<RawDocument> read(String file, byte[] bytes) throws IngestException {
    PlainText visitor = new PlainText();
    parser.parse(TextDecoder.decode(file, bytes)).accept(visitor);
    return List.of(RawDocument.of(visitor.out.toString().strip()));
  }

  private static final class PlainText extends AbstractVisitor {
    final StringBuilder out = new StringBuilder();

    @Override
    public void visit(Text text) {
      out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      out.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak softLineBreak) {
      out.append(' ');
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
      out.append('\n');
    }

    @Override
    public void visit(FencedCodeBlock code) {
      out.append(code.getLiteral()).append('\n');
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      out.append(code.getLiteral()).append('\n');
    }

    @Override
    public void visit(CustomNode node) {
      visitChildren(node);
      if (node instanceof TableCell) {
        out.append(' ');
      }
    }

    @Override
    public void visit(CustomBlock block) {
      visitChildren(block);
      endLine();
    }

    @Override
    protected void visitChildren(Node parent) {
      for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
        child.accept(this);
        if (child instanceof Block && !(child instanceof CustomBlock) || child instanceof TableRow) {
          endLine();
        }
      }
    }

    private void endLine() {
      if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
    }
  }
}

package org.medsearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The files an index's last commit holds, and whether it holds a given version of one: looked up
 * in the terms of {@link Fields#FILE} and {@link Fields#CONTENT_HASH}, so an update of a large
 * index reads one term per file instead of every document's stored fields.
 */
final class IndexedFiles implements Closeable {
  /** An empty index. */
  static final IndexedFiles NONE = new IndexedFiles(null, Set.of());

  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Set<String> files;

  private IndexedFiles(DirectoryReader reader, Set<String> files) {
    this.reader = reader;
    this.searcher = reader == null ? null : new IndexSearcher(reader);
    this.files = files;
  }

  static IndexedFiles open(Directory dir) throws IOException {
    DirectoryReader reader = DirectoryReader.open(dir);
    try {
      return new IndexedFiles(reader, liveFiles(reader));
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /** Every file with a document in the index. */
  Set<String> files() {
    return files;
  }

  boolean contains(String file) {
    return files.contains(file);
  }

  /** True when the index holds {@code file} at the version whose content hash is {@code contentHash}. */
  boolean holds(String file, String contentHash) throws IOException {
    if (!files.contains(file)) {
      return false;
    }
    BooleanQuery both =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.FILE, file)), BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(Fields.CONTENT_HASH, contentHash)), BooleanClause.Occur.FILTER)
            .build();
    return searcher.count(both) > 0;
  }

  /** A deleted document's terms stay until its segment is merged: a file counts once a live document has it. */
  private static Set<String> liveFiles(DirectoryReader reader) throws IOException {
    Set<String> files = new HashSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(Fields.FILE);
      if (terms == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum it = terms.iterator();
      PostingsEnum postings = null;
      for (BytesRef term = it.next(); term != null; term = it.next()) {
        postings = it.postings(postings, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            files.add(term.utf8ToString());
            break;
          }
        }
      }
    }
    return files;
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }
}

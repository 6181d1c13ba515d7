package org.medsearch.analysis.hhmm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;

/**
 * Reads smartcn's dictionary files ({@code hhmm/coredict.mem}, {@code hhmm/bigramdict.mem} in its
 * jar): Java-serialized arrays, read with a filter that admits nothing but arrays of primitives
 * (and arrays of those), so a tampered file cannot instantiate any class.
 */
final class SerializedArrays {
  private SerializedArrays() {}

  /** The first {@code count} objects of the smartcn resource {@code name} (relative to its hhmm package). */
  static Object[] read(String name, int count) {
    String resource = "hhmm/" + name;
    try (InputStream raw = HMMChineseTokenizer.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("missing smartcn resource " + resource + " (is lucene-analysis-smartcn on the classpath?)");
      }
      try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(raw, 1 << 16))) {
        in.setObjectInputFilter(SerializedArrays::onlyPrimitiveArrays);
        Object[] objects = new Object[count];
        for (int i = 0; i < count; i++) {
          objects[i] = in.readObject();
        }
        return objects;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read smartcn resource " + resource, e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("unexpected class in smartcn resource " + resource, e);
    }
  }

  private static ObjectInputFilter.Status onlyPrimitiveArrays(ObjectInputFilter.FilterInfo info) {
    Class<?> type = info.serialClass();
    if (type == null) {
      return ObjectInputFilter.Status.UNDECIDED;
    }
    if (!type.isArray()) {
      return ObjectInputFilter.Status.REJECTED;
    }
    while (type.isArray()) {
      type = type.getComponentType();
    }
    return type.isPrimitive() ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
  }
}

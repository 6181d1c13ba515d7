package org.medsearch.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque {@code next_cursor} of a search response: the sort values of a page's last hit (date
 * for the date order, score, and id), URL-safe base64. A cursor is only valid for the sort it was
 * made under.
 */
final class Cursor {
  private static final String SEPARATOR = "\n";

  private Cursor() {}

  /** The cursor after {@code last}, a hit sorted by date ({@code byDate}) or by relevance. */
  static String encode(FieldDoc last, boolean byDate) {
    StringBuilder text = new StringBuilder(byDate ? "d" : "r");
    for (Object value : last.fields) {
      text.append(SEPARATOR);
      if (value instanceof BytesRef bytes) {
        text.append(bytes.utf8ToString());
      } else if (value instanceof Float f) {
        text.append(Integer.toHexString(Float.floatToRawIntBits(f)));
      } else {
        text.append(value);
      }
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The position {@code cursor} stands for; a cursor that is not one of ours, or of another sort, is a bad request. */
  static FieldDoc decode(String cursor, boolean byDate) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
      if (parts.length != (byDate ? 4 : 3) || !parts[0].equals(byDate ? "d" : "r")) {
        throw new IllegalArgumentException("not a cursor of this sort order");
      }
      int i = 1;
      Object[] fields = new Object[parts.length - 1];
      if (byDate) {
        fields[0] = Long.valueOf(parts[i++]);
      }
      fields[i - 1] = Float.intBitsToFloat(Integer.parseUnsignedInt(parts[i++], 16));
      fields[i - 1] = new BytesRef(parts[i]);
      // Ids are unique, so the document number only has to pass the last hit itself.
      return new FieldDoc(Integer.MAX_VALUE, Float.NaN, fields);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "invalid cursor: pass the next_cursor of a response with the same sort (" + e.getMessage() + ")");
    }
  }
}

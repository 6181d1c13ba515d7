package org.medsearch.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decodes text that does not declare its encoding: a byte-order mark first, then strict UTF-8,
 * then ICU's statistical guesses (GB18030, Big5, UTF-16 without a mark, …), each tried strictly.
 */
public final class TextDecoder {
  /** ICU guesses below this are noise: 12 bytes of GBK come out as KOI8-R at 33. */
  private static final int MIN_CONFIDENCE = 40;
  /** ICU reads at most this much; the guess is then checked against the whole file. */
  private static final int SAMPLE_BYTES = 64 * 1024;
  /** Text has few control characters; decoded junk has many (one byte in eight is one). */
  private static final double MAX_CONTROL_SHARE = 0.01;
  private static final Set<String> GB_SUBSETS = Set.of("gb2312", "gbk", "euc-cn", "x-euc-cn", "cp936", "windows-936");
  private static final Charset GB18030 = Charset.forName("GB18030");

  private TextDecoder() {}

  /** A charset and the text it gave. */
  private record Decoded(Charset charset, String text) {}

  /** The bytes as text, or UNDECODABLE naming why. */
  public static String decode(String file, byte[] bytes) throws IngestException {
    Optional<Decoded> decoded = tryDecode(bytes);
    if (decoded.isEmpty()) {
      String why = isBinary(bytes) ? "binary data, not text" : "not UTF-8, and no other encoding fits";
      throw new IngestException(file, IngestException.Reason.UNDECODABLE, why);
    }
    return decoded.get().text();
  }

  /** The charset {@link #decode} would use, if any. */
  public static Optional<Charset> detect(byte[] bytes) {
    return tryDecode(bytes).map(Decoded::charset);
  }

  /** GB2312 and GBK are subsets of GB18030: decoding as GB18030 loses no character they have. */
  public static Charset superset(Charset charset) {
    return GB_SUBSETS.contains(charset.name().toLowerCase(Locale.ROOT)) ? GB18030 : charset;
  }

  private static Optional<Decoded> tryDecode(byte[] bytes) {
    Optional<Bom> bom = Bom.of(bytes);
    if (bom.isPresent()) {
      int start = bom.get().length();
      return strict(bom.get().charset(), bytes, start).map(text -> new Decoded(bom.get().charset(), text));
    }
    // UTF-8 first, before ICU reads the bytes: nearly every file is UTF-8.
    return asText(StandardCharsets.UTF_8, bytes)
        .or(() -> guesses(bytes).stream().map(charset -> asText(charset, bytes)).flatMap(Optional::stream).findFirst());
  }

  /** {@code bytes} decoded strictly as {@code charset}, when that gives text. */
  private static Optional<Decoded> asText(Charset charset, byte[] bytes) {
    return strict(charset, bytes, 0).filter(TextDecoder::looksLikeText).map(text -> new Decoded(charset, text));
  }

  /** ICU's confident guesses but UTF-8, best first. */
  private static List<Charset> guesses(byte[] bytes) {
    Set<Charset> out = new LinkedHashSet<>();
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes.length <= SAMPLE_BYTES ? bytes : Arrays.copyOf(bytes, SAMPLE_BYTES));
    for (CharsetMatch match : detector.detectAll()) {
      if (match.getConfidence() >= MIN_CONFIDENCE) {
        forName(match.getName()).map(TextDecoder::superset).ifPresent(out::add);
      }
    }
    out.remove(StandardCharsets.UTF_8);
    return new ArrayList<>(out);
  }

  private static Optional<Charset> forName(String name) {
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty(); // a charset ICU knows and this JDK does not
    }
  }

  private static Optional<String> strict(Charset charset, byte[] bytes, int start) {
    try {
      return Optional.of(
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean looksLikeText(String text) {
    long controls = 0;
    for (int i = 0; i < text.length(); i++) {
      controls += isControl(text.charAt(i)) ? 1 : 0;
    }
    return text.indexOf('\0') < 0 && controls <= text.length() * MAX_CONTROL_SHARE;
  }

  /** Control bytes below 0x20 mean the same in every encoding we guess, so junk shows without decoding. */
  private static boolean isBinary(byte[] bytes) {
    int controls = 0;
    for (byte b : bytes) {
      controls += b >= 0 && isControl(b) ? 1 : 0;
    }
    return controls > bytes.length * MAX_CONTROL_SHARE;
  }

  /** A control character (general category Cc: U+0000–001F, U+007F–009F) but a line break, tab or form feed. */
  static boolean isControl(int c) {
    return (c < 0x20 || (c >= 0x7F && c <= 0x9F)) && c != '\n' && c != '\r' && c != '\t' && c != '\f';
  }

  /** A byte-order mark: it names the encoding outright. */
  private record Bom(Charset charset, int length) {
    static Optional<Bom> of(byte[] b) {
      if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
        return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
      }
      return Optional.empty();
    }
  }
}

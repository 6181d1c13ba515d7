package org.medsearch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.medsearch.ingest.SourceFile;

/** Documents of every supported format, good and bad, made by the tests themselves. */
public final class Documents {
  /** A Chinese font for PDFs; present on most Linux desktops, perhaps not on CI. */
  public static final Path CHINESE_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
  /** A Word 97 file (our own text) saved by LibreOffice from {@link #docx}: POI cannot write one. */
  private static final String DOC_RESOURCE = "/org/medsearch/report.doc";

  private Documents() {}

  /** A one-page PDF, a line per string, in Helvetica (Latin text only). */
  public static byte[] pdf(String... lines) {
    return latinPdf(doc -> {}, lines);
  }

  /** A one-page PDF in {@link #CHINESE_FONT}, or empty when that font is not installed. */
  public static Optional<byte[]> chinesePdf(String... lines) {
    if (!Files.isRegularFile(CHINESE_FONT)) {
      return Optional.empty();
    }
    try (PDDocument doc = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(CHINESE_FONT.toFile())) {
      writePage(doc, PDType0Font.load(doc, fonts.getFontByName("WenQuanYiZenHei"), true), lines);
      return Optional.of(save(doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF that opens only with the password "secret". */
  public static byte[] encryptedPdf() {
    StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "secret", new AccessPermission());
    policy.setEncryptionKeyLength(128);
    return latinPdf(doc -> doc.protect(policy), "Confidential", "Patient list.");
  }

  /** A .docx, a paragraph per string. */
  public static byte[] docx(String... paragraphs) {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String paragraph : paragraphs) {
        doc.createParagraph().createRun().setText(paragraph);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A .docx encrypted with the password "secret", as Word saves one. */
  public static byte[] encryptedDocx() {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx("Confidential", "Patient list.")));
          OutputStream out = encryptor.getDataStream(fs)) {
        opc.save(out);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A Word 97 .doc: "东桥综合医院年度报告", "Eastbridge General Hospital Annual Report",
   * "发布日期：2024-03-18", a Chinese and an English sentence, one paragraph each.
   */
  public static byte[] doc() {
    try (InputStream in = Documents.class.getResourceAsStream(DOC_RESOURCE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #doc} encrypted with the password "secret". */
  public static byte[] encryptedDoc() {
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(doc()))) {
      Biff8EncryptionKey.setCurrentUserPassword("secret");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }

  /** Random bytes: no format, no text. */
  public static byte[] junk(int length) {
    byte[] bytes = new byte[length];
    new Random(length).nextBytes(bytes);
    return bytes;
  }

  /** Writes {@code bytes} to {@code dir/name}, as a file of the input folder {@code dir}. */
  public static SourceFile write(Path dir, String name, byte[] bytes) {
    try {
      Path path = dir.resolve(name);
      Files.createDirectories(path.getParent());
      Files.write(path, bytes);
      return new SourceFile(name, path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Something done to a PDF before it is saved. */
  private interface PdfStep {
    void apply(PDDocument doc) throws IOException;
  }

  private static byte[] latinPdf(PdfStep beforeSaving, String... lines) {
    try (PDDocument doc = new PDDocument()) {
      writePage(doc, new PDType1Font(Standard14Fonts.FontName.HELVETICA), lines);
      beforeSaving.apply(doc);
      return save(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writePage(PDDocument doc, PDFont font, String... lines) throws IOException {
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
      text.beginText();
      text.setFont(font, 12);
      text.newLineAtOffset(72, 700);
      for (String line : lines) {
        text.showText(line);
        text.newLineAtOffset(0, -24);
      }
      text.endText();
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}

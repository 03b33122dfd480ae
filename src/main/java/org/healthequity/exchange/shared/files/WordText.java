package org.healthequity.exchange.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word document (DOCX) for search: the words of its main part ({@code word/document.xml}), a paragraph a
 * line. Only a file {@link FileKind#detect} has accepted as DOCX is read, so its entries are known to inflate within
 * {@link UploadLimits}; the part is read again under the same total and the text stops at
 * {@link UploadLimits#PDF_MAX_TEXT_CHARS}, as a PDF's does. The XML is read without DTDs or external entities.
 */
public final class WordText {

    private static final String MAIN_PART = "word/document.xml";
    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private WordText() {
    }

    /** The document's text; empty when the file is no readable Word document. */
    public static Optional<String> extract(byte[] docx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals(MAIN_PART)) {
                    return Optional.of(text(new Bounded(zip, UploadLimits.MAX_ZIP_INFLATED_BYTES)));
                }
            }
            return Optional.empty();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String text(InputStream part) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        XMLStreamReader reader = XML.createXMLStreamReader(part);
        try {
            boolean inText = false;
            while (reader.hasNext() && text.length() < UploadLimits.PDF_MAX_TEXT_CHARS) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && WORD_NS.equals(reader.getNamespaceURI())) {
                    switch (reader.getLocalName()) {
                        case "t" -> inText = true;
                        case "tab" -> text.append('\t');
                        case "br", "cr" -> text.append('\n');
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && WORD_NS.equals(reader.getNamespaceURI())) {
                    if (reader.getLocalName().equals("t")) {
                        inText = false;
                    } else if (reader.getLocalName().equals("p")) {
                        text.append('\n');
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    text.append(reader.getText());
                }
            }
        } finally {
            reader.close();
        }
        return (text.length() > UploadLimits.PDF_MAX_TEXT_CHARS ? text.substring(0, UploadLimits.PDF_MAX_TEXT_CHARS)
                : text.toString()).strip();
    }

    /** The part's bytes, refused past the limit whatever the archive declares. */
    private static final class Bounded extends InputStream {

        private final InputStream in;
        private long left;

        Bounded(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw new IOException("Word document part beyond the limit");
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException("Word document part beyond the limit");
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() {
            // the archive is closed by its owner
        }
    }
}

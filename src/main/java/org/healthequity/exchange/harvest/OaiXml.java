package org.healthequity.exchange.harvest;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * Writes one OAI-PMH response with the JDK's streaming writer, which escapes markup; characters XML 1.0 cannot carry
 * (control characters someone pasted into a case study) are dropped, so every response stays well-formed.
 */
final class OaiXml {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter buffer = new StringWriter();
    private final XMLStreamWriter xml;

    OaiXml() {
        try {
            xml = FACTORY.createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens an element of a namespace, declaring it (and the schema location) when given. */
    OaiXml open(String prefix, String name, String namespace) {
        try {
            xml.writeStartElement(prefix, name, namespace);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    OaiXml declare(String prefix, String namespace) {
        try {
            if (prefix.isEmpty()) {
                xml.writeDefaultNamespace(namespace);
            } else {
                xml.writeNamespace(prefix, namespace);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    OaiXml schemaLocation(String namespace, String location) {
        try {
            xml.writeAttribute("xsi", XSI, "schemaLocation", namespace + " " + location);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    OaiXml attribute(String name, @Nullable Object value) {
        if (value == null) {
            return this;
        }
        try {
            xml.writeAttribute(name, clean(value.toString()));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    OaiXml attribute(String prefix, String namespace, String name, String value) {
        try {
            xml.writeAttribute(prefix, namespace, name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    OaiXml text(@Nullable Object value) {
        if (value == null) {
            return this;
        }
        try {
            xml.writeCharacters(clean(value.toString()));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    OaiXml close() {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element of the OAI namespace with text. */
    OaiXml element(String name, @Nullable Object value) {
        return element("", name, OAI, value);
    }

    /** An element with text; nothing when the value is null. */
    OaiXml element(String prefix, String name, String namespace, @Nullable Object value) {
        if (value == null) {
            return this;
        }
        return open(prefix, name, namespace).text(value).close();
    }

    String finish() {
        try {
            xml.writeEndDocument();
            xml.close();
            return buffer.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(OaiXml::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}

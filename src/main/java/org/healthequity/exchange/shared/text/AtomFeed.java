package org.healthequity.exchange.shared.text;

import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;

/**
 * An Atom feed (RFC 4287) written with the JDK's XML stream writer, which escapes every text and attribute. Ids are
 * {@code tag:} URIs (RFC 4151) made of the portal's host, a fixed year and the item's kind and id, so an entry keeps its
 * id across updates (as the RFC asks) for as long as the portal keeps its host name.
 */
public final class AtomFeed {

    public static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    public static final String MEDIA_TYPE = "application/atom+xml";

    /** The year in every tag URI: when the portal first published its feeds. It must never change. */
    private static final String TAG_YEAR = "2026";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /**
     * One entry.
     *
     * @param language the entry's language code ({@code xml:lang}), or null
     */
    public record Entry(String id, String title, Instant updated, @Nullable Instant published, String link,
            String summary, List<String> authors, List<String> categories, @Nullable String language) {
    }

    /**
     * A feed; {@code updated} is the newest entry's, or {@code fallbackUpdated} when there is none.
     *
     * @param author the feed's author, for entries that name none (Atom requires one for each entry)
     */
    public record Feed(String id, String title, String selfLink, String alternateLink, String author,
            Instant fallbackUpdated, List<Entry> entries) {
    }

    private AtomFeed() {
    }

    /** A stable {@code tag:} URI for an item of the portal at {@code baseUrl}, e.g. "case-study:42". */
    public static String tagUri(String baseUrl, String specific) {
        String host = URI.create(baseUrl).getHost();
        return "tag:" + (host == null ? "localhost" : host) + "," + TAG_YEAR + ":" + specific;
    }

    public static String write(Feed feed) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "feed");
            xml.writeDefaultNamespace(NAMESPACE);
            text(xml, "id", feed.id());
            text(xml, "title", feed.title());
            Instant updated = feed.entries().stream().map(Entry::updated).max(Instant::compareTo)
                    .orElse(feed.fallbackUpdated());
            text(xml, "updated", date(updated));
            link(xml, "self", feed.selfLink(), MEDIA_TYPE);
            link(xml, "alternate", feed.alternateLink(), "text/html");
            author(xml, feed.author());
            for (Entry entry : feed.entries()) {
                xml.writeStartElement(NAMESPACE, "entry");
                if (entry.language() != null) {
                    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", entry.language());
                }
                text(xml, "id", entry.id());
                text(xml, "title", entry.title());
                text(xml, "updated", date(entry.updated()));
                if (entry.published() != null) {
                    text(xml, "published", date(entry.published()));
                }
                link(xml, "alternate", entry.link(), "text/html");
                for (String name : entry.authors()) {
                    author(xml, name);
                }
                for (String category : entry.categories()) {
                    xml.writeEmptyElement(NAMESPACE, "category");
                    xml.writeAttribute("term", clean(category));
                }
                xml.writeStartElement(NAMESPACE, "summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(clean(entry.summary()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(NAMESPACE, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", clean(href));
    }

    private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, "author");
        text(xml, "name", name);
        xml.writeEndElement();
    }

    /** RFC 3339 in UTC, to the second. */
    private static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Leaves out what XML 1.0 cannot hold at all (control characters other than tab and line breaks). */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }
}

package org.healthequity.exchange.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads an Atom feed as a feed reader would: the JDK's namespace-aware parser, no DTDs, no outside entities. */
public final class AtomFeeds {

    public static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeeds() {
    }

    public static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    /** The element's direct Atom children of that name. */
    public static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    /** The text of the element's only direct Atom child of that name, or null when there is none. */
    public static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.getFirst().getTextContent();
    }

    /** The href of the element's link with that rel. */
    public static String link(Element parent, String rel) {
        return children(parent, "link").stream().filter(l -> rel.equals(l.getAttribute("rel"))).findFirst()
                .map(l -> l.getAttribute("href")).orElse(null);
    }

    /** The entry whose title is the one given, or null. */
    public static Element entry(Element feed, String title) {
        return children(feed, "entry").stream().filter(e -> title.equals(text(e, "title"))).findFirst().orElse(null);
    }

    public static List<String> titles(Element feed) {
        return children(feed, "entry").stream().map(e -> text(e, "title")).toList();
    }
}

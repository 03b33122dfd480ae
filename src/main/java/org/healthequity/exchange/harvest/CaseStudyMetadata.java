package org.healthequity.exchange.harvest;

import java.util.Locale;
import java.util.Map;

import org.healthequity.exchange.casestudy.CaseStudyLink;
import org.healthequity.exchange.casestudy.HarvestedCaseStudy;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * A published case study's metadata in each format. Names of countries, regions and themes are English (the
 * language of the repository's descriptions); the case study's own texts stay in its language, marked with it.
 */
@Component
class CaseStudyMetadata {

    private final Countries countries;
    private final Translations translations;
    private final ExchangeProperties properties;
    private final HarvestSettings settings;

    CaseStudyMetadata(Countries countries, Translations translations, ExchangeProperties properties,
            HarvestSettings settings) {
        this.countries = countries;
        this.translations = translations;
        this.properties = properties;
        this.settings = settings;
    }

    /** The case study's public page: its identifier for the world. */
    String url(long id) {
        return properties.link("/case-studies/" + id);
    }

    void write(OaiXml xml, MetadataFormat format, long id, HarvestedCaseStudy content) {
        switch (format) {
            case OAI_DC -> dublinCore(xml, id, content);
            case HEX -> hex(xml, id, content);
        }
    }

    private void dublinCore(OaiXml xml, long id, HarvestedCaseStudy content) {
        String dc = MetadataFormat.DC;
        MetadataFormat format = MetadataFormat.OAI_DC;
        xml.open("oai_dc", "dc", format.namespace()).declare("oai_dc", format.namespace()).declare("dc", dc)
                .declare("xsi", OaiXml.XSI).schemaLocation(format.namespace(), format.schema(properties.baseUrl()));
        xml.open("dc", "title", dc).attribute("xml", "http://www.w3.org/XML/1998/namespace", "lang",
                content.language()).text(content.title()).close();
        content.authors().forEach(author -> xml.element("dc", "creator", dc, author));
        content.themes().forEach(theme -> xml.element("dc", "subject", dc, themeName(theme)));
        content.sdgTargets().forEach(target -> xml.element("dc", "subject", dc, "SDG target " + target));
        if (!content.summary().isBlank()) {
            xml.open("dc", "description", dc).attribute("xml", "http://www.w3.org/XML/1998/namespace", "lang",
                    content.language()).text(content.summary()).close();
        }
        xml.element("dc", "publisher", dc, settings.repositoryName());
        if (content.firstPublishedAt() != null) {
            xml.element("dc", "date", dc, Datestamps.day(content.firstPublishedAt()));
        }
        xml.element("dc", "type", dc, "Text");
        xml.element("dc", "type", dc, "case study");
        xml.element("dc", "identifier", dc, url(id));
        xml.element("dc", "language", dc, content.language());
        for (CaseStudyLink translation : content.translations()) {
            xml.element("dc", "relation", dc, url(translation.id()));
        }
        Map<String, String> names = countries.names(Language.ENGLISH);
        content.countries().forEach(country -> xml.element("dc", "coverage", dc, names.getOrDefault(country, country)));
        content.regions().forEach(region -> xml.element("dc", "coverage", dc, regionName(region)));
        if (content.yearFrom() != null) {
            xml.element("dc", "coverage", dc, content.yearTo() == null || content.yearTo().equals(content.yearFrom())
                    ? content.yearFrom().toString() : content.yearFrom() + "/" + content.yearTo());
        }
        xml.element("dc", "rights", dc, settings.rights());
        xml.close();
    }

    private void hex(OaiXml xml, long id, HarvestedCaseStudy content) {
        MetadataFormat format = MetadataFormat.HEX;
        String ns = format.namespace();
        xml.open("hex", "caseStudy", ns).declare("hex", ns).declare("xsi", OaiXml.XSI)
                .schemaLocation(ns, format.schema(properties.baseUrl())).attribute("id", id);
        xml.element("hex", "url", ns, url(id));
        xml.element("hex", "title", ns, content.title());
        xml.element("hex", "language", ns, content.language());
        xml.element("hex", "network", ns, content.network());
        content.authors().forEach(author -> xml.element("hex", "author", ns, author));
        content.sections().forEach((key, text) -> xml.open("hex", "section", ns).attribute("key", key).text(text)
                .close());
        Map<String, String> names = countries.names(Language.ENGLISH);
        content.countries().forEach(country -> xml.open("hex", "country", ns).attribute("code", country)
                .text(names.getOrDefault(country, country)).close());
        content.regions().forEach(region -> xml.open("hex", "region", ns).attribute("code", region)
                .text(regionName(region)).close());
        if (content.yearFrom() != null) {
            xml.open("hex", "period", ns).attribute("from", content.yearFrom()).attribute("to", content.yearTo())
                    .close();
        }
        content.themes().forEach(theme -> xml.open("hex", "theme", ns).attribute("code", theme)
                .text(themeName(theme)).close());
        content.dimensions().forEach(dimension -> xml.element("hex", "dimension", ns, dimension));
        content.sdgTargets().forEach(target -> xml.element("hex", "sdgTarget", ns, target));
        if (content.firstPublishedAt() != null) {
            xml.element("hex", "firstPublished", ns, Datestamps.format(content.firstPublishedAt()));
        }
        if (content.publishedAt() != null) {
            xml.element("hex", "lastPublished", ns, Datestamps.format(content.publishedAt()));
        }
        if (content.translationOf() != null) {
            xml.element("hex", "translationOf", ns, url(content.translationOf()));
        }
        for (CaseStudyLink translation : content.translations()) {
            xml.open("hex", "translation", ns).attribute("language", translation.language())
                    .attribute("url", url(translation.id())).text(translation.title()).close();
        }
        xml.element("hex", "rights", ns, settings.rights());
        xml.close();
    }

    String themeName(String theme) {
        return translations.get("expertise.theme." + theme.toLowerCase(Locale.ROOT), Language.ENGLISH);
    }

    String regionName(String region) {
        return translations.get("region." + region.toLowerCase(Locale.ROOT), Language.ENGLISH);
    }
}

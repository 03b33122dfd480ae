package org.healthequity.exchange.harvest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.healthequity.exchange.casestudy.HarvestCursor;
import org.healthequity.exchange.casestudy.HarvestQuery;
import org.healthequity.exchange.casestudy.HarvestRecord;
import org.healthequity.exchange.casestudy.HarvestSet;
import org.healthequity.exchange.casestudy.HarvestableCaseStudies;
import org.healthequity.exchange.casestudy.HarvestedCaseStudy;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The OAI-PMH 2.0 protocol over the published case studies: checks a request's arguments, reads through
 * {@link HarvestableCaseStudies} and writes the response. Every problem is answered as the protocol's error in a valid
 * response. Everything is read before anything is written, so an error never leaves half a list.
 */
@Component
class OaiPmh {

    private static final Map<String, Set<String>> ARGUMENTS = Map.of(
            "Identify", Set.of(),
            "ListMetadataFormats", Set.of("identifier"),
            "ListSets", Set.of("resumptionToken"),
            "GetRecord", Set.of("identifier", "metadataPrefix"),
            "ListIdentifiers", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"),
            "ListRecords", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"));

    private static final String OAI_IDENTIFIER = "http://www.openarchives.org/OAI/2.0/oai-identifier";

    private final HarvestableCaseStudies caseStudies;
    private final CaseStudyMetadata metadata;
    private final Translations translations;
    private final HarvestSettings settings;
    private final ExchangeProperties properties;
    private final Clock clock;

    OaiPmh(HarvestableCaseStudies caseStudies, CaseStudyMetadata metadata, Translations translations,
            HarvestSettings settings, ExchangeProperties properties, Clock clock) {
        this.caseStudies = caseStudies;
        this.metadata = metadata;
        this.translations = translations;
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    String baseUrl() {
        return properties.link("/oai");
    }

    /** The response to a request with these parameters (each name with every value it was given). */
    String answer(Map<String, String[]> parameters) {
        Instant now = clock.instant();
        Map<String, String> arguments = new LinkedHashMap<>();
        Consumer<OaiXml> body;
        try {
            String verb = verb(parameters);
            arguments.put("verb", verb);
            arguments.putAll(arguments(verb, parameters));
            body = switch (verb) {
                case "Identify" -> identify(now);
                case "ListMetadataFormats" -> listMetadataFormats(arguments.get("identifier"));
                case "ListSets" -> listSets(arguments.get("resumptionToken"));
                case "GetRecord" -> getRecord(arguments.get("identifier"), arguments.get("metadataPrefix"));
                default -> list(verb, arguments, now);
            };
        } catch (OaiError error) {
            if (error.hidesArguments()) {
                arguments.clear();
            }
            body = xml -> xml.open("", "error", OaiXml.OAI).attribute("code", error.code()).text(error.getMessage())
                    .close();
        }
        OaiXml xml = new OaiXml();
        xml.open("", "OAI-PMH", OaiXml.OAI).declare("", OaiXml.OAI).declare("xsi", OaiXml.XSI)
                .schemaLocation(OaiXml.OAI, "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
        xml.element("responseDate", Datestamps.format(now));
        xml.open("", "request", OaiXml.OAI);
        arguments.forEach(xml::attribute);
        xml.text(baseUrl()).close();
        body.accept(xml);
        return xml.close().finish();
    }

    private static String verb(Map<String, String[]> parameters) {
        String[] verbs = parameters.get("verb");
        if (verbs == null || verbs.length == 0) {
            throw new OaiError("badVerb", "The request names no verb.");
        }
        if (verbs.length > 1) {
            throw new OaiError("badVerb", "The verb is repeated.");
        }
        if (!ARGUMENTS.containsKey(verbs[0])) {
            throw new OaiError("badVerb", "Unknown verb.");
        }
        return verbs[0];
    }

    private static Map<String, String> arguments(String verb, Map<String, String[]> parameters) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.equals("verb")) {
                continue;
            }
            if (!ARGUMENTS.get(verb).contains(name)) {
                throw new OaiError("badArgument", "'" + name + "' is not an argument of " + verb + ".");
            }
            if (parameter.getValue().length != 1) {
                throw new OaiError("badArgument", "'" + name + "' is repeated.");
            }
            if (parameter.getValue()[0].isEmpty()) {
                throw new OaiError("badArgument", "'" + name + "' is empty.");
            }
            arguments.put(name, parameter.getValue()[0]);
        }
        if (arguments.containsKey("resumptionToken") && arguments.size() > 1) {
            throw new OaiError("badArgument", "A resumptionToken is the only argument besides the verb.");
        }
        boolean listing = verb.startsWith("List") && ARGUMENTS.get(verb).contains("metadataPrefix");
        if ((verb.equals("GetRecord") || listing && !arguments.containsKey("resumptionToken"))
                && !arguments.containsKey("metadataPrefix")) {
            throw new OaiError("badArgument", "The metadataPrefix is missing.");
        }
        if (verb.equals("GetRecord") && !arguments.containsKey("identifier")) {
            throw new OaiError("badArgument", "The identifier is missing.");
        }
        return arguments;
    }

    // The verbs

    private Consumer<OaiXml> identify(Instant now) {
        Instant earliest = caseStudies.earliestDatestamp().orElse(now);
        String repository = repositoryIdentifier();
        return xml -> {
            xml.open("", "Identify", OaiXml.OAI);
            xml.element("repositoryName", settings.repositoryName());
            xml.element("baseURL", baseUrl());
            xml.element("protocolVersion", "2.0");
            xml.element("adminEmail", settings.adminEmail());
            xml.element("earliestDatestamp", Datestamps.format(earliest));
            // Retracted case studies are never removed from the database: their deletion is kept for good.
            xml.element("deletedRecord", "persistent");
            xml.element("granularity", "YYYY-MM-DDThh:mm:ssZ");
            if (repository.contains(".")) {
                xml.open("", "description", OaiXml.OAI);
                xml.open("", "oai-identifier", OAI_IDENTIFIER).declare("", OAI_IDENTIFIER)
                        .schemaLocation(OAI_IDENTIFIER, "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd");
                xml.element("", "scheme", OAI_IDENTIFIER, "oai");
                xml.element("", "repositoryIdentifier", OAI_IDENTIFIER, repository);
                xml.element("", "delimiter", OAI_IDENTIFIER, ":");
                xml.element("", "sampleIdentifier", OAI_IDENTIFIER, identifier(1));
                xml.close().close();
            }
            xml.close();
        };
    }

    private Consumer<OaiXml> listMetadataFormats(@Nullable String identifier) {
        if (identifier != null) {
            record(identifier);
        }
        String base = properties.baseUrl();
        return xml -> {
            xml.open("", "ListMetadataFormats", OaiXml.OAI);
            for (MetadataFormat format : MetadataFormat.values()) {
                xml.open("", "metadataFormat", OaiXml.OAI);
                xml.element("metadataPrefix", format.prefix());
                xml.element("schema", format.schema(base));
                xml.element("metadataNamespace", format.namespace());
                xml.close();
            }
            xml.close();
        };
    }

    private Consumer<OaiXml> listSets(@Nullable String resumptionToken) {
        if (resumptionToken != null) {
            throw new OaiError("badResumptionToken", "The list of sets comes in one piece: there is nothing to resume.");
        }
        Map<String, String> sets = new LinkedHashMap<>();
        sets.put("network", "By network");
        for (Network network : Network.values()) {
            sets.put("network:" + network.name(), translations.get(network.messageKey(), Language.ENGLISH));
        }
        sets.put("theme", "By theme");
        Expertise.THEMES.forEach(theme -> sets.put("theme:" + theme, metadata.themeName(theme)));
        sets.put("region", "By WHO region");
        Countries.REGIONS.forEach(region -> sets.put("region:" + region, metadata.regionName(region)));
        return xml -> {
            xml.open("", "ListSets", OaiXml.OAI);
            sets.forEach((spec, name) -> xml.open("", "set", OaiXml.OAI).element("setSpec", spec)
                    .element("setName", name).close());
            xml.close();
        };
    }

    private Consumer<OaiXml> getRecord(@Nullable String identifier, @Nullable String prefix) {
        MetadataFormat format = format(prefix);
        HarvestRecord record = record(identifier == null ? "" : identifier);
        return xml -> {
            xml.open("", "GetRecord", OaiXml.OAI);
            record(xml, record, format);
            xml.close();
        };
    }

    private Consumer<OaiXml> list(String verb, Map<String, String> arguments, Instant now) {
        String token = arguments.get("resumptionToken");
        MetadataFormat format;
        HarvestQuery query;
        @Nullable HarvestCursor after;
        long position;
        long total;
        if (token != null) {
            ResumptionToken resumed = ResumptionToken.decode(token, verb, now);
            format = MetadataFormat.ofPrefix(resumed.metadataPrefix()).orElseThrow(() -> new OaiError(
                    "badResumptionToken", "The resumption token names an unknown format."));
            String spec = resumed.set();
            query = new HarvestQuery(resumed.from(), resumed.before(), spec == null ? null : set(spec).orElseThrow(
                    () -> new OaiError("badResumptionToken", "The resumption token names an unknown set.")));
            after = resumed.after();
            position = resumed.cursor();
            total = resumed.completeListSize();
        } else {
            format = format(arguments.get("metadataPrefix"));
            query = query(arguments);
            after = null;
            position = 0;
            total = caseStudies.count(query);
        }
        int pageSize = settings.pageSize();
        List<HarvestRecord> page = new ArrayList<>(caseStudies.page(query, after, pageSize + 1));
        if (page.isEmpty()) {
            throw new OaiError("noRecordsMatch", "No case study matches these arguments.");
        }
        boolean more = page.size() > pageSize;
        if (more) {
            page.removeLast();
        }
        String next = more ? new ResumptionToken(verb, format.prefix(), query.set() == null ? null
                : query.set().spec(), query.from(), query.before(), page.getLast().cursor(), position + page.size(),
                total, now.plus(settings.tokenValidity())).encode() : null;
        Instant expires = now.plus(settings.tokenValidity());
        boolean resumed = token != null;
        boolean headersOnly = verb.equals("ListIdentifiers");
        return xml -> {
            xml.open("", verb, OaiXml.OAI);
            for (HarvestRecord record : page) {
                if (headersOnly) {
                    header(xml, record);
                } else {
                    record(xml, record, format);
                }
            }
            if (next != null || resumed) {
                xml.open("", "resumptionToken", OaiXml.OAI).attribute("completeListSize", Math.max(total,
                        position + page.size())).attribute("cursor", position);
                if (next != null) {
                    xml.attribute("expirationDate", Datestamps.format(expires)).text(next);
                }
                xml.close();
            }
            xml.close();
        };
    }

    // Arguments

    private static MetadataFormat format(@Nullable String prefix) {
        return MetadataFormat.ofPrefix(prefix == null ? "" : prefix).orElseThrow(() -> new OaiError(
                "cannotDisseminateFormat", "This repository offers the formats oai_dc and hex."));
    }

    private static HarvestQuery query(Map<String, String> arguments) {
        Datestamps.Given from = arguments.containsKey("from") ? Datestamps.parse(arguments.get("from"), "from")
                : null;
        Datestamps.Given until = arguments.containsKey("until") ? Datestamps.parse(arguments.get("until"), "until")
                : null;
        if (from != null && until != null) {
            if (!from.granularity().equals(until.granularity())) {
                throw new OaiError("badArgument", "'from' and 'until' must have the same granularity.");
            }
            if (from.start().isAfter(until.start())) {
                throw new OaiError("badArgument", "'from' is later than 'until'.");
            }
        }
        String spec = arguments.get("set");
        HarvestSet set = spec == null ? null : set(spec).orElseThrow(() -> new OaiError("noRecordsMatch",
                "There is no set '" + spec + "' (ListSets names them)."));
        return new HarvestQuery(from == null ? null : from.start(), until == null ? null : until.end(), set);
    }

    /** A set by its spec: empty when the spec names none of the sets ListSets lists. */
    private static Optional<HarvestSet> set(String spec) {
        String[] parts = spec.split(":", 2);
        HarvestSet.Kind kind = switch (parts[0]) {
            case "network" -> HarvestSet.Kind.NETWORK;
            case "theme" -> HarvestSet.Kind.THEME;
            case "region" -> HarvestSet.Kind.REGION;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        if (parts.length == 1) {
            return Optional.of(new HarvestSet(kind, null));
        }
        List<String> values = switch (kind) {
            case NETWORK -> java.util.Arrays.stream(Network.values()).map(Network::name).toList();
            case THEME -> Expertise.THEMES;
            case REGION -> Countries.REGIONS;
        };
        return values.contains(parts[1]) ? Optional.of(new HarvestSet(kind, parts[1])) : Optional.empty();
    }

    // Identifiers and records

    private String repositoryIdentifier() {
        String configured = settings.repositoryIdentifier();
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String host = URI.create(properties.baseUrl()).getHost();
        return host == null ? "localhost" : host;
    }

    private String identifier(long id) {
        return "oai:" + repositoryIdentifier() + ":case-study/" + id;
    }

    /** The record an identifier names, if it was ever published. */
    private HarvestRecord record(String identifier) {
        Matcher matcher = Pattern.compile("oai:" + Pattern.quote(repositoryIdentifier()) + ":case-study/([1-9]\\d{0,17})")
                .matcher(identifier);
        Optional<HarvestRecord> found = matcher.matches()
                ? caseStudies.record(Long.parseLong(matcher.group(1))) : Optional.empty();
        return found.orElseThrow(() -> new OaiError("idDoesNotExist", "No such item in this repository."));
    }

    private void header(OaiXml xml, HarvestRecord record) {
        xml.open("", "header", OaiXml.OAI);
        if (record.deleted()) {
            xml.attribute("status", "deleted");
        }
        xml.element("identifier", identifier(record.id()));
        xml.element("datestamp", Datestamps.format(record.datestamp()));
        HarvestedCaseStudy content = record.content();
        // A retracted case study's header names no sets: what it was about is no longer public.
        if (content != null) {
            xml.element("setSpec", "network:" + content.network());
            content.themes().forEach(theme -> xml.element("setSpec", "theme:" + theme));
            content.regions().forEach(region -> xml.element("setSpec", "region:" + region));
        }
        xml.close();
    }

    private void record(OaiXml xml, HarvestRecord record, MetadataFormat format) {
        xml.open("", "record", OaiXml.OAI);
        header(xml, record);
        HarvestedCaseStudy content = record.content();
        if (content != null) {
            xml.open("", "metadata", OaiXml.OAI);
            metadata.write(xml, format, record.id(), content);
            xml.close();
        }
        xml.close();
    }
}

package org.healthequity.exchange.harvest;

import java.util.Arrays;
import java.util.Optional;

/**
 * The metadata formats the repository disseminates: Dublin Core, which every harvester reads, and {@code hex}, the
 * portal's own with every public field of a case study. hex's schema is served at {@code /oai/hex-1.0.xsd}.
 */
enum MetadataFormat {
    OAI_DC("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/",
            "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"),
    HEX("hex", "urn:healthequity-exchange:hex:1.0", null);

    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String HEX_SCHEMA_PATH = "/oai/hex-1.0.xsd";

    private final String prefix;
    private final String namespace;
    private final String schema;

    MetadataFormat(String prefix, String namespace, String schema) {
        this.prefix = prefix;
        this.namespace = namespace;
        this.schema = schema;
    }

    String prefix() {
        return prefix;
    }

    String namespace() {
        return namespace;
    }

    /** The schema's address: Dublin Core's at openarchives.org, hex's on this portal. */
    String schema(String baseUrl) {
        return schema != null ? schema : baseUrl + HEX_SCHEMA_PATH;
    }

    static Optional<MetadataFormat> ofPrefix(String prefix) {
        return Arrays.stream(values()).filter(format -> format.prefix.equals(prefix)).findFirst();
    }
}

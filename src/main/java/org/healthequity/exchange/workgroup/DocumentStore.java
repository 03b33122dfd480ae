package org.healthequity.exchange.workgroup;

import java.util.Optional;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.files.FileStore;
import org.springframework.stereotype.Component;

/** The groups' document files, under data-dir/workgroups. */
@Component
class DocumentStore {

    private final FileStore files;

    DocumentStore(ExchangeProperties properties) {
        this.files = new FileStore(properties.dataDir().resolve("workgroups"));
    }

    String store(byte[] content, FileKind kind) {
        return files.store(content, kind);
    }

    Optional<byte[]> read(String storedName) {
        return files.read(storedName);
    }
}

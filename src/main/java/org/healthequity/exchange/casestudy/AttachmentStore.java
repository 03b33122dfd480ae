package org.healthequity.exchange.casestudy;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.files.FileStore;
import org.springframework.stereotype.Component;

/** The case studies' attachment files, under data-dir/case-studies. */
@Component
class AttachmentStore {

    private final FileStore files;

    AttachmentStore(ExchangeProperties properties) {
        this.files = new FileStore(properties.dataDir().resolve("case-studies"));
    }

    String store(byte[] content, org.healthequity.exchange.shared.files.FileKind kind) {
        return files.store(content, kind);
    }

    java.util.Optional<byte[]> read(String storedName) {
        return files.read(storedName);
    }

    void delete(String storedName) {
        files.delete(storedName);
    }

    long fileCount() {
        return files.fileCount();
    }
}

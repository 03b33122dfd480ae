package org.healthequity.exchange.workgroup;

import java.util.Optional;

import org.healthequity.exchange.shared.files.FileArea;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.files.FileNotStored;
import org.healthequity.exchange.shared.files.FileStore;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.stereotype.Component;

/** The groups' document files, in the file store's group-documents area. */
@Component
class DocumentStore {

    private final FileArea files;

    DocumentStore(FileStore store) {
        this.files = store.area("group-documents");
    }

    /** Stores a file (removed again if the transaction rolls back); a store that cannot keep it is refused. */
    String store(byte[] content, FileKind kind) {
        try {
            return files.store(content, kind);
        } catch (FileNotStored e) {
            throw new Refused("file", e.messageKey());
        }
    }

    Optional<byte[]> read(String storedName) {
        return files.read(storedName);
    }

    long fileCount() {
        return files.fileCount();
    }
}

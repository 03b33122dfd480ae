package org.healthequity.exchange.casestudy;

import java.util.Optional;

import org.healthequity.exchange.shared.files.FileArea;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.files.FileNotStored;
import org.healthequity.exchange.shared.files.FileStore;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.stereotype.Component;

/** The case studies' attachment files, in the file store's case-studies area. */
@Component
class AttachmentStore {

    private final FileArea files;

    AttachmentStore(FileStore store) {
        this.files = store.area("case-studies");
    }

    /** Stores a file (removed again if the transaction rolls back); a store that cannot keep it is refused. */
    String store(byte[] content, FileKind kind) {
        try {
            return files.store(content, kind);
        } catch (FileNotStored e) {
            throw new Refused("attachments", e.messageKey());
        }
    }

    Optional<byte[]> read(String storedName) {
        return files.read(storedName);
    }

    void delete(String storedName) {
        files.delete(storedName);
    }

    long fileCount() {
        return files.fileCount();
    }
}

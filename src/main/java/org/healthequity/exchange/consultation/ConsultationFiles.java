package org.healthequity.exchange.consultation;

import java.util.Optional;

import org.healthequity.exchange.shared.files.FileArea;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.files.FileNotStored;
import org.healthequity.exchange.shared.files.FileRefused;
import org.healthequity.exchange.shared.files.FileStore;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.stereotype.Component;

/**
 * Contributions' attachments in the file store's consultation-attachments area, checked by their content (the shared
 * detection the group documents and case-study attachments use), never by the name or type the browser sends.
 */
@Component
class ConsultationFiles {

    private final FileArea files;

    ConsultationFiles(FileStore store) {
        this.files = store.area("consultation-attachments");
    }

    /** The kind of the file by its content; refused when empty, too large or of another kind. */
    static FileKind checked(byte[] content) {
        if (content.length == 0) {
            throw new Refused("attachment", "consultation.attachment.empty");
        }
        if (content.length > ConsultationLimits.ATTACHMENT_BYTES) {
            throw new Refused("attachment", "consultation.attachment.too-large");
        }
        try {
            return FileKind.detect(content).orElseThrow(() -> new Refused("attachment", "consultation.attachment.type"));
        } catch (FileRefused refused) {
            throw new Refused("attachment", refused.messageKey());
        }
    }

    /** Stores a file (removed again if the transaction rolls back). */
    String store(byte[] content, FileKind kind) {
        try {
            return files.store(content, kind);
        } catch (FileNotStored e) {
            throw new Refused("attachment", e.messageKey());
        }
    }

    Optional<byte[]> read(String storedName) {
        return files.read(storedName);
    }
}

package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.healthequity.exchange.shared.files.FileArea;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.files.FileNotStored;
import org.healthequity.exchange.shared.files.FileRefused;
import org.healthequity.exchange.shared.files.FileStore;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.stereotype.Component;

/**
 * The module's files in the file store's open-call area: Terms of Reference PDFs and the files of applications, checked by their
 * content against the call's rules and stored under generated names.
 */
@Component
class ApplicationFiles {

    static final int MAX_FILES_PER_QUESTION = 5;
    static final int FILE_NAME_MAX = 255;

    private final FileArea store;
    private final CallRecords records;

    ApplicationFiles(FileStore files, CallRecords records) {
        this.store = files.area("open-call");
        this.records = records;
    }

    String storeTerms(byte[] pdf) {
        return stored(pdf, FileKind.PDF, "terms");
    }

    String copyTerms(String storedName) {
        return store.read(storedName).map(this::storeTerms).orElse(null);
    }

    Optional<byte[]> read(String storedName) {
        return store.read(storedName);
    }

    /** Checks and stores a file for a FILE question; the refusal names the reason. */
    ApplicationFileInfo add(long applicationId, String question, String fileName, byte[] content,
            CallDefinition.AttachmentRules rules, Instant now) {
        if (content.length > rules.maxBytes()) {
            throw new Refused(question, "opencall.problem.file-too-large", rules.maxBytes() / (1024 * 1024));
        }
        FileKind kind;
        try {
            kind = FileKind.detect(content).orElseThrow(() -> new Refused(question,
                    "opencall.problem.file-kind", String.join(", ", rules.kinds())));
        } catch (FileRefused refused) {
            throw new Refused(question, refused.messageKey());
        }
        if (!rules.kinds().contains(kind.name())) {
            throw new Refused(question, "opencall.problem.file-kind", String.join(", ", rules.kinds()));
        }
        if (records.fileCount(applicationId, question) >= MAX_FILES_PER_QUESTION) {
            throw new Refused(question, "opencall.problem.too-many-files", MAX_FILES_PER_QUESTION);
        }
        String stored = stored(content, kind, question);
        String name = kind.safeFileName(fileName, "file", FILE_NAME_MAX);
        long id = records.insertFile(applicationId, question, name, kind.mediaType(), content.length, stored, now);
        return new ApplicationFileInfo(id, question, name, kind.mediaType(), content.length, now);
    }

    boolean remove(long applicationId, long fileId) {
        List<String> paths = records.deleteFile(applicationId, fileId);
        paths.forEach(this::deleteAfterCommit);
        return !paths.isEmpty();
    }

    /** Deletes a file once the transaction that stopped using it has committed (a replaced Terms of Reference). */
    void deleteAfterCommit(String storedName) {
        store.deleteAfterCommit(storedName);
    }

    private String stored(byte[] content, FileKind kind, String field) {
        try {
            return store.store(content, kind);
        } catch (FileNotStored e) {
            throw new Refused(field, e.messageKey());
        }
    }

    /** A file's name, type and content, if it belongs to this application. */
    Optional<StoredFile> file(long applicationId, long fileId) {
        return records.fileRow(applicationId, fileId).flatMap(row -> store.read(row.storagePath())
                .map(bytes -> new StoredFile(row.fileName(), row.mediaType(), bytes)));
    }

    long fileCount() {
        return store.fileCount();
    }
}

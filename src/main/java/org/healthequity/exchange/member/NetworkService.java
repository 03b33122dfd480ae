package org.healthequity.exchange.member;

import java.util.List;
import java.util.Optional;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.files.FileArea;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.files.FileNotStored;
import org.healthequity.exchange.shared.files.FileStore;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/** The two networks as data: Terms of Reference (text and PDF), secretariat contacts and size. */
@Service
@NamedInterface("api")
public class NetworkService {

    /** The largest Terms of Reference PDF accepted, in bytes. */
    public static final int MAX_PDF_BYTES = 10 * 1024 * 1024;

    private final NetworkRows rows;
    private final AuditLog audit;
    private final FileArea files;

    NetworkService(NetworkRows rows, AuditLog audit, FileStore store) {
        this.rows = rows;
        this.audit = audit;
        this.files = store.area("networks");
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<NetworkInfo> networks() {
        return rows.networks();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<byte[]> termsPdf(Network network) {
        return rows.termsPdfPath(network).flatMap(files::read);
    }

    /** Replaces a network's Terms of Reference PDF; the file must be a PDF by its content and at most 10 MB. */
    @StaffOnly
    @Transactional
    public void uploadTermsPdf(Network network, byte[] pdf) {
        if (pdf.length > MAX_PDF_BYTES) {
            throw new Refused("terms", "networks.terms.too-large");
        }
        if (FileKind.detect(pdf).filter(kind -> kind == FileKind.PDF).isEmpty()) {
            throw new Refused("terms", "networks.terms.not-a-pdf");
        }
        String name;
        try {
            name = files.store(pdf, FileKind.PDF);
        } catch (FileNotStored e) {
            throw new Refused("terms", e.messageKey());
        }
        Optional<String> previous = rows.termsPdfPath(network);
        rows.setTermsPdfPath(network, name);
        previous.ifPresent(files::deleteAfterCommit);
        audit.record("network.terms-pdf", "network", network, AuditOutcome.SUCCESS, pdf.length + " bytes");
    }
}

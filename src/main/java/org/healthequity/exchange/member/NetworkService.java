package org.healthequity.exchange.member;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.files.FileArea;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.files.FileNotStored;
import org.healthequity.exchange.shared.files.FileStore;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/** The two networks as data: Terms of Reference (text and PDF), secretariat contacts and size. */
@Service
public class NetworkService {

    /** The largest Terms of Reference PDF accepted, in bytes. */
    public static final int MAX_PDF_BYTES = 10 * 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final FileArea files;

    NetworkService(JdbcTemplate jdbc, AuditLog audit, FileStore store) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.files = store.area("networks");
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<NetworkInfo> networks() {
        return jdbc.query("""
                select n.code, n.contact_email, n.terms_text, n.terms_pdf_path is not null as has_pdf,
                    (select count(*) from network_membership m join account a on a.id = m.account_id
                      where m.network = n.code and a.status = 'ACTIVE') as members,
                    (select count(*) from institution_network i where i.network = n.code) as institutions,
                    (select coalesce(string_agg(a.display_name, '|' order by a.display_name), '')
                       from network_membership m join account a on a.id = m.account_id
                       join profile p on p.account_id = a.id
                      where m.network = n.code and m.role = 'SECRETARIAT' and a.status = 'ACTIVE'
                        and p.in_directory) as secretariat
                from network n order by n.code
                """, (rs, i) -> new NetworkInfo(Network.valueOf(rs.getString("code")), rs.getString("contact_email"),
                rs.getString("terms_text"), rs.getBoolean("has_pdf"),
                Arrays.stream(rs.getString("secretariat").split("\\|")).filter(s -> !s.isBlank()).toList(),
                rs.getLong("members"), rs.getLong("institutions")));
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Optional<byte[]> termsPdf(Network network) {
        List<String> paths = jdbc.queryForList("select terms_pdf_path from network where code = ? and terms_pdf_path is not null",
                String.class, network.name());
        return paths.isEmpty() ? Optional.empty() : files.read(paths.getFirst());
    }

    /** Replaces a network's Terms of Reference PDF; the file must be a PDF by its content and at most 10 MB. */
    @RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
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
        List<String> previous = jdbc.queryForList("select terms_pdf_path from network where code = ?",
                String.class, network.name());
        jdbc.update("update network set terms_pdf_path = ?, version = version + 1 where code = ?", name,
                network.name());
        previous.forEach(files::deleteAfterCommit);
        audit.record("network.terms-pdf", "network", network, AuditOutcome.SUCCESS, pdf.length + " bytes");
    }
}

package org.healthequity.exchange.member;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Onboards many people at once from a CSV file (columns email, name, country; optional title, institution,
 * language). A preview reports every row's problems before anything is written; the import itself re-checks and writes
 * all rows or none. Each person gets an account in the network with a profile (not yet in the directory) and a mail
 * with a link to choose their password, which also confirms their address; until then the account has no password.
 */
@Service
public class MemberImport {

    public static final List<String> REQUIRED = List.of("email", "name", "country");
    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 1000;

    private final AccountRows accounts;
    private final InstitutionRows institutionRows;
    private final AccountTokenRepository tokens;
    private final MailOutbox mail;
    private final AuditLog audit;
    private final Translations translations;
    private final ExchangeProperties properties;
    private final Clock clock;

    MemberImport(AccountRows accounts, InstitutionRows institutionRows, AccountTokenRepository tokens, MailOutbox mail, AuditLog audit,
            Translations translations, ExchangeProperties properties, Clock clock) {
        this.accounts = accounts;
        this.institutionRows = institutionRows;
        this.tokens = tokens;
        this.mail = mail;
        this.audit = audit;
        this.translations = translations;
        this.properties = properties;
        this.clock = clock;
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] file) {
        if (file.length > MAX_BYTES) {
            return new ImportPreview(List.of(), "import.error.too-large");
        }
        CsvTable table;
        try {
            table = CsvTable.read(file, REQUIRED, MAX_ROWS);
        } catch (CsvTable.Unreadable unreadable) {
            return new ImportPreview(List.of(), unreadable.messageKey);
        }
        if (table.rows.size() > MAX_ROWS) {
            return new ImportPreview(List.of(), "import.error.too-many-rows");
        }
        Set<String> countries = institutionRows.countryCodes();
        Map<String, Long> institutions = institutions();
        Set<String> seen = new HashSet<>();
        List<ImportRow> rows = new ArrayList<>();
        int line = 1;
        for (List<String> cells : table.rows) {
            line++;
            String email = table.cell(cells, "email").toLowerCase(Locale.ROOT);
            String country = table.cell(cells, "country").toUpperCase(Locale.ROOT);
            String institution = table.cell(cells, "institution");
            String language = table.cell(cells, "language").toLowerCase(Locale.ROOT);
            List<String> problems = new ArrayList<>();
            if (!validEmail(email)) {
                problems.add("import.row.bad-email");
            } else if (!seen.add(email)) {
                problems.add("import.row.duplicate-in-file");
            } else if (exists(email)) {
                problems.add("import.row.already-registered");
            }
            String name = table.cell(cells, "name");
            if (name.isBlank() || name.length() > AccountLimits.NAME_MAX) {
                problems.add("import.row.bad-name");
            }
            if (!countries.contains(country)) {
                problems.add("import.row.unknown-country");
            }
            if (!institution.isBlank() && !institutions.containsKey(institutionKey(institution, country))) {
                problems.add("import.row.unknown-institution");
            }
            if (!language.isBlank() && Language.ofCode(language).isEmpty()) {
                problems.add("import.row.unknown-language");
            }
            String title = table.cell(cells, "title");
            if (title.length() > ProfileLimits.TITLE_MAX) {
                problems.add("import.row.title-too-long");
            }
            rows.add(new ImportRow(line, email, name, country, title, institution, language, problems));
        }
        return new ImportPreview(rows, rows.isEmpty() ? "import.error.empty" : null);
    }

    /**
     * Imports every row, or none when any row has a problem.
     *
     * @return how many people were added
     * @throws IllegalStateException when the file has problems (the caller showed the preview first)
     */
    @StaffOnly
    @Transactional
    public int importMembers(byte[] file, Network network, NetworkRole role) {
        ImportPreview preview = preview(file);
        if (!preview.importable()) {
            throw new IllegalStateException("The file has problems; nothing was imported");
        }
        Map<String, Long> institutions = institutions();
        Instant now = clock.instant();
        for (ImportRow row : preview.rows()) {
            Language language = Language.ofCode(row.language()).orElse(Language.ENGLISH);
            long id = accounts.createImported(row.email(), row.name(), language, network, role, row.country(),
                    row.title().isBlank() ? null : row.title(), row.institution().isBlank() ? null
                            : institutions.get(institutionKey(row.institution(), row.country())), now);
            String secret = AccountToken.newSecret();
            tokens.save(new AccountToken(id, TokenPurpose.RESET_PASSWORD, AccountToken.hash(secret), now,
                    now.plus(properties.tokenValidity().multipliedBy(7))));
            mail.queue(row.email(), language, "welcome-import", row.name(),
                    translations.get(network.messageKey(), language),
                    properties.link("/password/reset?token=" + secret),
                    Math.max(1, properties.tokenValidity().multipliedBy(7).toDays()));
        }
        audit.record("member.import", "network", network, AuditOutcome.SUCCESS,
                preview.rows().size() + " people as " + role);
        return preview.rows().size();
    }

    private Map<String, Long> institutions() {
        Map<String, Long> byName = new HashMap<>();
        institutionRows.refs().forEach(i -> byName.put(institutionKey(i.name(), i.country()), i.id()));
        return byName;
    }

    private static String institutionKey(String name, String country) {
        return name.strip().toLowerCase(Locale.ROOT) + "|" + country;
    }

    private boolean exists(String email) {
        return accounts.emailTaken(email);
    }

    private static boolean validEmail(String email) {
        if (email.isBlank() || email.length() > AccountLimits.EMAIL_MAX) {
            return false;
        }
        try {
            new InternetAddress(email, true).validate();
            return email.contains("@") && !email.contains(" ");
        } catch (AddressException e) {
            return false;
        }
    }
}

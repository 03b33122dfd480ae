package org.healthequity.exchange.member;

import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For the secretariat: which Member States and regions the networks reach, gaps first. One query. */
@Service
public class CoverageService {

    private final NetworkRows rows;

    CoverageService(NetworkRows rows) {
        this.rows = rows;
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public List<CountryCoverage> countries(Language language) {
        return rows.coverage(language);
    }
}

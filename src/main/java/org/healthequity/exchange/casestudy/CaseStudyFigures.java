package org.healthequity.exchange.casestudy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.member.MonthCount;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case-study figures for the secretariat's dashboards: submitted and published per month, by theme and region. */
@Service
@NamedInterface("api")
public class CaseStudyFigures {

    private final CaseStudyFigureRows rows;

    CaseStudyFigures(CaseStudyFigureRows rows) {
        this.rows = rows;
    }

    /** Series SUBMITTED (revisions sent to moderation) and PUBLISHED (first publications), by month. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<MonthCount> perMonth(YearMonth from, YearMonth to, @Nullable Network network, @Nullable String region) {
        return rows.perMonth(from, to, network, region);
    }

    /** Case studies first published in the period, by theme code (one case study may count under several). */
    @StaffOnly
    @Transactional(readOnly = true)
    public Map<String, Long> publishedByTheme(YearMonth from, YearMonth to, @Nullable Network network,
            @Nullable String region) {
        return rows.publishedBy("themes", from, to, network, region);
    }

    /** Case studies first published in the period, by WHO region code. */
    @StaffOnly
    @Transactional(readOnly = true)
    public Map<String, Long> publishedByRegion(YearMonth from, YearMonth to, @Nullable Network network,
            @Nullable String region) {
        return rows.publishedBy("regions", from, to, network, region);
    }
}

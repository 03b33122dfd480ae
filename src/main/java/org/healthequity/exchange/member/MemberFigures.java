package org.healthequity.exchange.member;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.shared.security.StaffOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/** The member module's figures for the dashboards: joins over time and members per Member State (ADR 0029). */
@Service
@NamedInterface("api")
public class MemberFigures {

    /** Below this many members a Member State's count is not shown to the public. */
    public static final int SMALLEST_PUBLIC_COUNT = 3;

    private final FigureRows rows;

    MemberFigures(FigureRows rows) {
        this.rows = rows;
    }

    /** Members who joined, by month and network (a person in both networks counts once in each). */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<MonthCount> joins(YearMonth from, YearMonth to, @Nullable Network network, @Nullable String region) {
        return rows.joins(from, to, network, region);
    }

    /** Active members by Member State (ISO code), counted once even when in both networks. */
    @StaffOnly
    @Transactional(readOnly = true)
    public Map<String, Long> membersByCountry(@Nullable Network network, @Nullable String region) {
        return rows.membersByCountry(network, region);
    }

    /** The figures anyone may see on the networks page, small counts withheld. */
    @PermitAll
    @Transactional(readOnly = true)
    public PublicReach publicReach() {
        Map<String, Long> all = rows.membersByCountry(null, null);
        Map<String, Long> shown = new LinkedHashMap<>();
        Set<String> few = new LinkedHashSet<>();
        all.forEach((country, count) -> {
            if (count >= SMALLEST_PUBLIC_COUNT) {
                shown.put(country, count);
            } else if (count > 0) {
                few.add(country);
            }
        });
        return new PublicReach(rows.activeMembers(), all.size(), rows.institutions(), shown, few);
    }
}

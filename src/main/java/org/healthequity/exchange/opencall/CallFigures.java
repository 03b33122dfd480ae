package org.healthequity.exchange.opencall;

import java.time.YearMonth;
import java.util.List;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open call's figures for the secretariat's dashboards: the funnel per cycle and the acceptance rate by region
 * and institution type. A period selects the cycles whose year falls in it.
 */
@Service
@NamedInterface("api")
public class CallFigures {

    private final CallFigureRows rows;

    CallFigures(CallFigureRows rows) {
        this.rows = rows;
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public List<CallFunnel> funnel(YearMonth from, YearMonth to, @Nullable Network network, @Nullable String region) {
        return rows.funnel(from.getYear(), to.getYear(), network, region);
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public List<Acceptance> acceptanceByRegion(YearMonth from, YearMonth to, @Nullable Network network,
            @Nullable String region) {
        return rows.acceptanceBy("region", from.getYear(), to.getYear(), network, region);
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public List<Acceptance> acceptanceByInstitutionType(YearMonth from, YearMonth to, @Nullable Network network,
            @Nullable String region) {
        return rows.acceptanceBy("institution_type", from.getYear(), to.getYear(), network, region);
    }
}

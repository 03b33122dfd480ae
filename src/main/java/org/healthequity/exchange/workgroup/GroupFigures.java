package org.healthequity.exchange.workgroup;

import java.time.YearMonth;
import java.util.List;

import org.healthequity.exchange.member.MonthCount;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Working-group activity for the secretariat's dashboards: posts, documents and active members per month. */
@Service
@NamedInterface("api")
public class GroupFigures {

    private final GroupFigureRows rows;

    GroupFigures(GroupFigureRows rows) {
        this.rows = rows;
    }

    /** Series POSTS, DOCUMENTS and ACTIVE_MEMBERS by month, for the groups of a network or of both. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<MonthCount> activity(YearMonth from, YearMonth to, @Nullable Network network) {
        return rows.activity(from, to, network);
    }
}

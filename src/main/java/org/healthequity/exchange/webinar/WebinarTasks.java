package org.healthequity.exchange.webinar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.DashboardContribution;
import org.healthequity.exchange.workgroup.GroupDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's dashboard: their webinars of the coming week (news), and for organisers the webinars of the last month
 * whose attendance is still to be recorded (a task).
 */
@Component
class WebinarTasks implements DashboardContribution {

    private final WebinarQueries queries;
    private final GroupDirectory groups;
    private final Clock clock;

    WebinarTasks(WebinarQueries queries, GroupDirectory groups, Clock clock) {
        this.queries = queries;
        this.groups = groups;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> tasks(ExchangeUser viewer) {
        if (!Viewers.organises(viewer)) {
            return List.of();
        }
        Instant now = clock.instant();
        return queries.attendanceToRecord(now, now.minus(Duration.ofDays(30)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> news(ExchangeUser viewer) {
        Instant now = clock.instant();
        List<Item> items = new ArrayList<>();
        for (WebinarQueries.Upcoming place : queries.placesStarting(viewer.accountId(), now,
                now.plus(Duration.ofDays(7)))) {
            Long group = place.groupId();
            // A group's meeting is news only while the person is still in the group.
            if (group == null || groups.isMember(group, viewer.accountId())) {
                items.add(new Item("webinar.news.upcoming", List.of(place.title()), "webinars/" + place.webinarId(),
                        place.start()));
            }
        }
        return items;
    }
}

package org.healthequity.exchange.member;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemberStateMapTest {

    @Test
    void theMapIsOneTabStopWhoseCountriesTheArrowKeysReach() {
        List<MemberStateMap.Area> areas = List.of(new MemberStateMap.Area("FR", 2, "France: 4 members"),
                new MemberStateMap.Area("BR", 0, "Brazil: 0 members"), new MemberStateMap.Area("IN", 1, "India: 1"));
        String svg = MemberStateMap.svg(areas, "Members in 2 of 3 Member States");

        Matcher tabindex = Pattern.compile("tabindex=\"(-?\\d+)\"").matcher(svg);
        List<String> stops = tabindex.results().map(m -> m.group(1)).toList();
        assertThat(stops).hasSize(3).containsOnlyOnce("0").containsOnly("0", "-1");
        assertThat(svg).startsWith("<svg").contains("role=\"group\" aria-label=\"Members in 2 of 3 Member States\"");
    }

    @Test
    void everyCountryKeepsItsHoverTitleAndLabel() {
        String svg = MemberStateMap.svg(List.of(new MemberStateMap.Area("FR", 2, "France: 4 members")), "map");
        assertThat(svg).contains("data-country=\"FR\"").contains("aria-label=\"France: 4 members\"")
                .contains("<title>France: 4 members</title>");
    }
}

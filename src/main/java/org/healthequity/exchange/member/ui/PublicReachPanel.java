package org.healthequity.exchange.member.ui;

import java.util.ArrayList;
import java.util.List;

import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.MemberFigures;
import org.healthequity.exchange.member.MemberStateMap;
import org.healthequity.exchange.member.PublicReach;

import org.healthequity.exchange.shared.ui.RovingFocus;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * The networks' reach for anyone: headline figures and the Member State map shaded by members. Counts below
 * {@value MemberFigures#SMALLEST_PUBLIC_COUNT} are not shown: those Member States are shaded lightest and said to have
 * "fewer than 3" (ADR 0029).
 */
class PublicReachPanel extends Section {

    PublicReachPanel(PublicReach reach, List<CountryRef> memberStates) {
        addClassName("public-reach");
        setId("reach");
        long largest = reach.membersByCountry().values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<MemberStateMap.Area> areas = new ArrayList<>();
        for (CountryRef country : memberStates) {
            Long count = reach.membersByCountry().get(country.iso2());
            if (count != null) {
                areas.add(new MemberStateMap.Area(country.iso2(), Math.max(2, MemberStateMap.shade(count, largest)),
                        getTranslation("networks.reach.country", country.name(), count)));
            } else if (reach.fewMembers().contains(country.iso2())) {
                areas.add(new MemberStateMap.Area(country.iso2(), 1,
                        getTranslation("networks.reach.few", country.name())));
            } else {
                areas.add(new MemberStateMap.Area(country.iso2(), 0,
                        getTranslation("networks.reach.none", country.name())));
            }
        }
        Div map = new Div();
        map.addClassName("insight-map");
        // Built on the server from the shipped outline and escaped country names (MemberStateMap).
        map.getElement().setProperty("innerHTML", MemberStateMap.svg(areas, getTranslation("networks.reach.alt",
                reach.memberStates(), memberStates.size())));
        RovingFocus.between(map, "[data-country]");
        add(new H2(getTranslation("networks.reach.title")),
                new Paragraph(getTranslation("networks.reach.headline", reach.members(), reach.memberStates(),
                        reach.institutions())),
                map, new Paragraph(getTranslation("networks.reach.note", MemberFigures.SMALLEST_PUBLIC_COUNT)));
    }
}

package org.healthequity.exchange.member;

import java.util.List;
import java.util.stream.Collectors;

import org.healthequity.exchange.shared.i18n.Language;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The member module's SQL for newsletter audiences (ADR 0015, ADR 0027): the people a filter finds among the active,
 * subscribed members of its networks, counted or read in pages by account id. A person in several of the networks is
 * one recipient, under the first of their subscribed networks (by name), which their unsubscribe link names.
 */
@Component
class AudienceRows {

    /** Memberships that match; {@code :networks} and the other lists hold at least one value (a sentinel when open). */
    private static final String MATCHING = """
            from account a
            join network_membership m on m.account_id = a.id and m.newsletters
            left join profile p on p.account_id = a.id
            left join country c on c.iso2 = p.country
            where a.status = 'ACTIVE'
              and m.network in (:networks)
              and (:anyRole or m.role in (:roles))
              and (:anyCountry or p.country in (:countries))
              and (:anyRegion or c.region in (:regions))
              and (:anyExpertise or exists (select 1 from profile_expertise e
                   where e.account_id = a.id and e.code in (:expertise)))
              and (:anyLanguage or coalesce(a.preferred_language, 'en') in (:languages)
                   or exists (select 1 from profile_language l where l.account_id = a.id and l.language in (:languages)))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AudienceRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(AudienceFilter filter) {
        Long count = jdbc.queryForObject("select count(distinct a.id) " + MATCHING, parameters(filter), Long.class);
        return count == null ? 0 : count;
    }

    List<NewsletterAudiences.Recipient> page(AudienceFilter filter, long afterAccountId, int limit) {
        return jdbc.query("select a.id, a.email, a.preferred_language, min(m.network) as network " + MATCHING
                + " and a.id > :after group by a.id, a.email, a.preferred_language order by a.id limit :limit",
                parameters(filter).addValue("after", afterAccountId).addValue("limit", Math.max(limit, 1)),
                (rs, row) -> new NewsletterAudiences.Recipient(rs.getLong("id"), rs.getString("email"),
                        Language.ofCode(rs.getString("preferred_language")).orElse(Language.ENGLISH),
                        Network.valueOf(rs.getString("network"))));
    }

    /** Turns the newsletters of one membership on or off; false when the person is not a member of that network. */
    boolean setSubscribed(long accountId, Network network, boolean subscribed) {
        return jdbc.update("update network_membership set newsletters = :on where account_id = :id and network = :network",
                new MapSqlParameterSource("id", accountId).addValue("network", network.name())
                        .addValue("on", subscribed)) > 0;
    }

    /** Each network the person belongs to, with whether they receive its newsletters. */
    List<NewsletterAudiences.Subscription> subscriptions(long accountId) {
        return jdbc.query("select network, newsletters from network_membership where account_id = :id order by network",
                new MapSqlParameterSource("id", accountId), (rs, row) -> new NewsletterAudiences.Subscription(
                        Network.valueOf(rs.getString("network")), rs.getBoolean("newsletters")));
    }

    private static MapSqlParameterSource parameters(AudienceFilter filter) {
        return new MapSqlParameterSource("networks", names(filter.networksOrAll().stream().map(Network::name).toList()))
                .addValue("anyRole", filter.roles().isEmpty())
                .addValue("roles", names(filter.roles().stream().map(NetworkRole::name).toList()))
                .addValue("anyCountry", filter.countries().isEmpty())
                .addValue("countries", names(List.copyOf(filter.countries())))
                .addValue("anyRegion", filter.regions().isEmpty())
                .addValue("regions", names(List.copyOf(filter.regions())))
                .addValue("anyExpertise", filter.expertise().isEmpty())
                .addValue("expertise", names(List.copyOf(filter.expertise())))
                .addValue("anyLanguage", filter.languages().isEmpty())
                .addValue("languages", names(filter.languages().stream().map(Language::code)
                        .collect(Collectors.toList())));
    }

    /** An "in" list is never empty in SQL: an open filter gets a value no row holds (and is not applied anyway). */
    private static List<String> names(List<String> values) {
        return values.isEmpty() ? List.of("-") : values;
    }
}

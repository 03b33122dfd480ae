package org.healthequity.exchange.member;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The member module's SQL for a person's rights over their data (ADR 0015): reading a person's rows of any table in
 * the export registry ({@link PersonalDataService#SOURCES}), and removing or pseudonymising what deletion of an
 * account removes across the tables that hold it. These statements reach tables of other modules on purpose: the
 * registry of personal data is one place, kept complete by a test.
 */
@Component
class PersonalDataRows {

    private final NamedParameterJdbcTemplate jdbc;

    PersonalDataRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every column of the person's rows of the source's table. */
    List<Map<String, Object>> rowsOf(PersonalDataService.Source source, long accountId, String email) {
        return jdbc.queryForList("select * from " + source.table() + " where " + source.ownerCondition(),
                new MapSqlParameterSource("id", accountId).addValue("email", email));
    }

    /**
     * Removes what the person's account held beside the account row: profile, network and working-group memberships,
     * tokens, staff notes, the calendar feed and every portal role; their pending join requests are withdrawn and
     * invitations to their address pseudonymised.
     */
    void removePersonalRows(long accountId, String email) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", accountId);
        MapSqlParameterSource address = new MapSqlParameterSource("email", email);
        jdbc.update("delete from profile where account_id = :id", id);
        jdbc.update("delete from network_membership where account_id = :id", id);
        jdbc.update("delete from account_token where account_id = :id", id);
        jdbc.update("delete from staff_note where account_id = :id", id);
        // The calendar feed's secret address and the API's personal access tokens stop working with the account.
        jdbc.update("delete from calendar_feed where account_id = :id", id);
        jdbc.update("delete from personal_access_token where account_id = :id", id);
        // A single-sign-on link would let the provider's account sign in as the pseudonym (ADR 0023).
        jdbc.update("delete from external_identity where account_id = :id", id);
        jdbc.update("update invitation set email = 'deleted-' || id || '@invalid.example' where lower(email) = lower(:email)",
                address);
        // Working groups: the person leaves every group (no more mail, no longer listed), requests and invitations end.
        jdbc.update("delete from work_group_member where account_id = :id", id);
        // A deleted account clears nothing any more (ADR 0032); the clearances it decided stay, under the pseudonym.
        jdbc.update("delete from clearance_focal_point where account_id = :id", id);
        // Nobody mails a deleted account when a translation it waited for is published.
        jdbc.update("delete from translation_request_watcher where account_id = :id", id);
        // Every portal role ended with the memberships that gave it: none lingers on the pseudonymous row.
        jdbc.update("delete from account_role where account_id = :id", id);
        jdbc.update("update work_group_join_request set status = 'WITHDRAWN' where account_id = :id"
                + " and status = 'PENDING'", id);
        jdbc.update("update work_group_invitation set email = 'deleted-' || id || '@invalid.example'"
                + " where lower(email) = lower(:email)", address);
        // Consultations: no longer invited; contributions stay, signed with the pseudonym (ADR 0030).
        jdbc.update("delete from consultation_invitee where account_id = :id", id);
    }
}

package org.healthequity.exchange.opencall;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.opencall.MatchingPreferences.Exclusion;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of expertise matching (ADR 0033): an application's topics and reviewer preferences, read for one
 * application or for a whole call's applications in two queries, and written as a whole under a version check.
 */
@Component
class MatchingRows {

    /** One application's matching data as the suggestion uses it. */
    record Matching(long version, Set<String> topics, Set<Long> suggested, Map<Long, String> excluded) {

        static final Matching NONE = new Matching(0, Set.of(), Set.of(), Map.of());
    }

    private final NamedParameterJdbcTemplate jdbc;

    MatchingRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Matching of(long applicationId) {
        return of(List.of(applicationId)).getOrDefault(applicationId, Matching.NONE);
    }

    /** The matching data of the given applications; those without any are left out. */
    Map<Long, Matching> of(Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", applicationIds);
        Map<Long, Long> versions = new HashMap<>();
        Map<Long, Set<String>> topics = new HashMap<>();
        jdbc.query("select application_id, topics, version from call_application_matching"
                + " where application_id in (:ids)", ids, rs -> {
                    long id = rs.getLong("application_id");
                    versions.put(id, rs.getLong("version"));
                    topics.put(id, new LinkedHashSet<>(List.of((String[]) rs.getArray("topics").getArray())));
                });
        Map<Long, Set<Long>> suggested = new HashMap<>();
        Map<Long, Map<Long, String>> excluded = new HashMap<>();
        jdbc.query("select application_id, person_id, excluded, reason from call_application_reviewer_preference"
                + " where application_id in (:ids) order by person_id", ids, rs -> {
                    long id = rs.getLong("application_id");
                    if (rs.getBoolean("excluded")) {
                        excluded.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getLong("person_id"),
                                rs.getString("reason"));
                    } else {
                        suggested.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(rs.getLong("person_id"));
                    }
                });
        Map<Long, Matching> all = new HashMap<>();
        versions.forEach((id, version) -> all.put(id, new Matching(version, topics.get(id),
                suggested.getOrDefault(id, Set.of()), excluded.getOrDefault(id, Map.of()))));
        return all;
    }

    /**
     * Replaces an application's matching data if it is still at {@code loadedVersion} (0: never saved).
     *
     * @return the new version
     * @throws ChangedMeanwhile when someone saved it since
     */
    long save(long applicationId, long loadedVersion, List<String> topics, List<Long> suggested,
            List<Exclusion> excluded, Instant now) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", applicationId)
                .addValue("topics", topics.toArray(String[]::new)).addValue("version", loadedVersion)
                .addValue("now", Timestamp.from(now));
        int changed = loadedVersion == 0
                ? jdbc.update("insert into call_application_matching (application_id, topics, updated_at, version)"
                        + " values (:id, :topics, :now, 1) on conflict (application_id) do nothing", params)
                : jdbc.update("update call_application_matching set topics = :topics, updated_at = :now,"
                        + " version = version + 1 where application_id = :id and version = :version", params);
        if (changed == 0) {
            throw new ChangedMeanwhile();
        }
        jdbc.update("delete from call_application_reviewer_preference where application_id = :id", params);
        List<MapSqlParameterSource> rows = new ArrayList<>();
        suggested.forEach(p -> rows.add(new MapSqlParameterSource("id", applicationId).addValue("person", p)
                .addValue("excluded", false).addValue("reason", null)));
        excluded.forEach(e -> rows.add(new MapSqlParameterSource("id", applicationId)
                .addValue("person", e.personId()).addValue("excluded", true).addValue("reason", e.reason())));
        jdbc.batchUpdate("insert into call_application_reviewer_preference (application_id, person_id, excluded,"
                + " reason) values (:id, :person, :excluded, :reason)", rows.toArray(MapSqlParameterSource[]::new));
        return loadedVersion + 1;
    }
}

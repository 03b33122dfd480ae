package org.healthequity.exchange.member;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * The contacts a member institution reported in its follow-up form (ADR 0034), as its public page lists them: only
 * with its consent, and names only (the e-mail addresses stay with the secretariat).
 */
@Service
public class InstitutionContacts {

    private static final Pattern EMAIL = Pattern.compile("[<(]?[^\\s<>(),;]+@[^\\s<>(),;]+[>)]?");

    /** Who represents the institution in its network and who are its focal points, by name. */
    public record Listed(List<String> representatives, List<String> focalPoints) {

        public Listed {
            representatives = List.copyOf(representatives);
            focalPoints = List.copyOf(focalPoints);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    InstitutionContacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The institution's listed contacts; empty when it gave none or did not consent to their listing. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Listed> listed(long institutionId) {
        return jdbc.query("""
                select representatives, focal_points from institution
                where id = :id and contacts_listed and contacts_at is not null""",
                new MapSqlParameterSource("id", institutionId),
                (rs, i) -> new Listed(names(rs.getString("representatives")), names(rs.getString("focal_points"))))
                .stream().findFirst().filter(l -> !l.representatives().isEmpty() || !l.focalPoints().isEmpty());
    }

    /** Each line's name: the line without e-mail addresses and the separators around them. */
    static List<String> names(@Nullable String lines) {
        if (lines == null) {
            return List.of();
        }
        return Arrays.stream(lines.split("\n")).map(line -> EMAIL.matcher(line).replaceAll(" "))
                .map(line -> line.replaceAll("[\\s,;:–-]+$", "").replaceAll("\\s+", " ").strip())
                .filter(name -> !name.isBlank()).toList();
    }
}

package org.healthequity.exchange.opencall;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Loading and mapping shared by the module's services: calls and files in one query each, never one per row. */
@Component
class CallRecords {

    private final OpenCallRepository calls;
    private final NamedParameterJdbcTemplate jdbc;

    CallRecords(OpenCallRepository calls, NamedParameterJdbcTemplate jdbc) {
        this.calls = calls;
        this.jdbc = jdbc;
    }

    static CallSummary summary(OpenCall call) {
        return new CallSummary(call.id(), call.network(), call.cycle(), call.title(), call.status(), call.zone(),
                call.opensAt(), call.closesAt());
    }

    OpenCall call(long id) {
        return calls.findById(id).orElseThrow(() -> new Refused("", "opencall.problem.not-found"));
    }

    Map<Long, OpenCall> calls(Collection<Long> ids) {
        Map<Long, OpenCall> byId = new HashMap<>();
        calls.findAllById(ids).forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    List<ApplicationFileInfo> files(long applicationId) {
        return filesOf(List.of(applicationId)).getOrDefault(applicationId, List.of());
    }

    Map<Long, List<ApplicationFileInfo>> filesOf(Collection<Long> applicationIds) {
        Map<Long, List<ApplicationFileInfo>> files = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return files;
        }
        jdbc.query("""
                select id, application_id, question, file_name, media_type, size_bytes, uploaded_at
                from call_application_file where application_id in (:ids) order by id""",
                new MapSqlParameterSource("ids", List.copyOf(applicationIds)), rs -> {
                    files.computeIfAbsent(rs.getLong("application_id"), k -> new ArrayList<>())
                            .add(new ApplicationFileInfo(rs.getLong("id"), rs.getString("question"),
                                    rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                                    rs.getTimestamp("uploaded_at").toInstant()));
                });
        return files;
    }
}

package org.healthequity.exchange.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The module's SQL (ADR 0015): the insert that skips a duplicate by its key. Everything else goes through
 * {@link OutgoingMail} and {@link OutgoingMailRepository}.
 */
@Component
class OutboxRows {

    private final NamedParameterJdbcTemplate jdbc;

    OutboxRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a rendered message unless one with the same de-duplication key exists; returns its id if queued. */
    OptionalLong queueUnlessDuplicate(String address, MailRequest request, MailTemplates.Rendered rendered,
            Instant now, String messageId) {
        MailAttachment attachment = request.attachment();
        MapSqlParameterSource row = new MapSqlParameterSource("recipient", address)
                .addValue("language", request.language().code()).addValue("template", request.template())
                .addValue("subject", rendered.subject()).addValue("text", rendered.text())
                .addValue("html", rendered.html()).addValue("now", Timestamp.from(now))
                .addValue("name", attachment == null ? null : attachment.fileName())
                .addValue("type", attachment == null ? null : attachment.contentType())
                .addValue("content", attachment == null ? null : attachment.content())
                .addValue("key", request.dedupKey()).addValue("messageId", messageId);
        List<Long> ids = jdbc.queryForList("""
                insert into outgoing_mail (recipient, language, template, subject, text_body, html_body, status,
                    attempts, created_at, next_attempt_at, attachment_name, attachment_type, attachment, dedup_key,
                    message_id)
                values (:recipient, :language, :template, :subject, :text, :html, 'QUEUED', 0, :now, :now, :name,
                    :type, :content, :key, :messageId)
                on conflict (dedup_key) do nothing
                returning id""", row, Long.class);
        return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ids.getFirst());
    }

    /** Queues a message written for a list unless one with the same key exists; returns its id if queued. */
    OptionalLong queueListUnlessDuplicate(String address, ListMail mail, MailTemplates.Rendered rendered, Instant now,
            String messageId) {
        MapSqlParameterSource row = new MapSqlParameterSource("recipient", address)
                .addValue("language", mail.language().code()).addValue("template", mail.template())
                .addValue("subject", rendered.subject()).addValue("text", rendered.text())
                .addValue("html", rendered.html()).addValue("now", Timestamp.from(now))
                .addValue("key", mail.dedupKey()).addValue("messageId", messageId)
                .addValue("unsubscribe", mail.unsubscribeUrl());
        List<Long> ids = jdbc.queryForList("""
                insert into outgoing_mail (recipient, language, template, subject, text_body, html_body, status,
                    attempts, created_at, next_attempt_at, dedup_key, message_id, list_unsubscribe)
                values (:recipient, :language, :template, :subject, :text, :html, 'QUEUED', 0, :now, :now, :key,
                    :messageId, :unsubscribe)
                on conflict (dedup_key) do nothing
                returning id""", row, Long.class);
        return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ids.getFirst());
    }
}

package org.healthequity.exchange.notification;

import java.util.Arrays;
import java.util.Objects;

import org.springframework.modulith.NamedInterface;

/**
 * One file sent with a message, for instance an iCalendar invitation ({@code text/calendar; method=REQUEST}). The
 * content type is sent as given, so a calendar program sees the iTIP method.
 */
@NamedInterface("api")
public record MailAttachment(String fileName, String contentType, byte[] content) {

    static final int NAME_MAX = 200;
    static final int TYPE_MAX = 200;

    public MailAttachment {
        if (fileName.isBlank() || fileName.length() > NAME_MAX || fileName.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("Not a valid attachment name");
        }
        if (contentType.isBlank() || contentType.length() > TYPE_MAX || contentType.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("Not a valid content type");
        }
        content = content.clone();
    }

    /** An iCalendar object with its iTIP method (REQUEST, CANCEL, ...), as calendar programs expect it in mail. */
    public static MailAttachment calendar(String fileName, String method, byte[] content) {
        return new MailAttachment(fileName, "text/calendar; charset=UTF-8; method=" + method, content);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment a && a.fileName.equals(fileName) && a.contentType.equals(contentType)
                && Arrays.equals(a.content, content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MailAttachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}

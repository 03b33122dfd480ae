package org.healthequity.exchange.opencall.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.healthequity.exchange.opencall.Answers;
import org.healthequity.exchange.opencall.ApplicationFileInfo;
import org.healthequity.exchange.opencall.CallDefinition;
import org.healthequity.exchange.opencall.CallStatus;
import org.healthequity.exchange.opencall.CallSummary;
import org.healthequity.exchange.opencall.QuestionKind;
import org.healthequity.exchange.opencall.StoredFile;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.healthequity.exchange.shared.ui.FileDownload;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;

/** Texts and small components the open call's views share: deadlines in two zones, countdowns, labels, files. */
final class CallText {

    private CallText() {
    }

    static Span badge(Component c, CallStatus status) {
        Span badge = new Span(CallLabels.status(c, status));
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(status == CallStatus.OPEN ? "success" : "contrast");
        return badge;
    }

    /**
     * The deadline in the viewer's zone, and in the call's own zone named beside it when the two differ: nobody has to
     * convert a time.
     */
    static Div deadline(Component c, CallSummary call) {
        ZoneId viewer = ViewerTime.zone();
        Locale locale = ViewerTime.locale();
        Div box = new Div();
        box.addClassName("call-deadline");
        box.add(new Div(new Span(c.getTranslation("opencall.deadline.yours",
                ViewerTime.format(call.closesAt(), viewer, locale)))));
        if (!viewer.getRules().equals(call.zone().getRules())) {
            box.add(new Div(new Span(c.getTranslation("opencall.deadline.call-zone",
                    ViewerTime.format(call.closesAt(), call.zone(), locale)))));
        }
        return box;
    }

    /** A live countdown to the instant, updated in the browser every second; the units come from the bundles. */
    static Div countdown(Component c, Instant deadline, Instant now) {
        Div box = new Div();
        box.addClassName("countdown");
        box.getElement().setAttribute("role", "timer");
        long seconds = Math.max(0, deadline.getEpochSecond() - now.getEpochSecond());
        String[] units = {"days", "hours", "minutes", "seconds"};
        long[] values = {seconds / 86_400, seconds % 86_400 / 3600, seconds % 3600 / 60, seconds % 60};
        for (int i = 0; i < units.length; i++) {
            Span value = new Span(String.valueOf(values[i]));
            value.addClassName("countdown-" + units[i]);
            box.add(value, new Span(" " + c.getTranslation("opencall.countdown." + units[i]) + " "));
        }
        box.getElement().executeJs("""
                const box = this, end = Date.now() + $0 * 1000;
                const tick = () => {
                  const s = Math.max(0, Math.floor((end - Date.now()) / 1000));
                  box.querySelector('.countdown-days').textContent = Math.floor(s / 86400);
                  box.querySelector('.countdown-hours').textContent = Math.floor(s % 86400 / 3600);
                  box.querySelector('.countdown-minutes').textContent = Math.floor(s % 3600 / 60);
                  box.querySelector('.countdown-seconds').textContent = s % 60;
                  if (s === 0) clearInterval(box.__timer);
                };
                clearInterval(box.__timer);
                box.__timer = setInterval(tick, 1000);""", seconds);
        return box;
    }

    interface FileSource {
        Optional<StoredFile> file(long fileId);
    }

    /** The files as download links, each fetched through the service that checks who may read it. */
    static UnorderedList files(List<ApplicationFileInfo> files, FileSource source) {
        UnorderedList list = new UnorderedList();
        for (ApplicationFileInfo file : files) {
            DownloadHandler download = FileDownload.of(() -> source.file(file.id())
                    .map(f -> new FileDownload.Content(f.fileName(), f.mediaType(), f.content())));
            Anchor anchor = new Anchor(download, file.fileName());
            anchor.setTarget(AnchorTarget.BLANK);
            anchor.getElement().setAttribute("download", true);
            list.add(new ListItem(anchor, new Span(" (" + Math.max(1, file.sizeBytes() / 1024) + " KB)")));
        }
        return list;
    }

    /** One question and its answer, read-only: the text, the chosen options' labels, or the files as downloads. */
    static Div answer(Component c, CallDefinition.Question question,
            Answers answers, List<ApplicationFileInfo> files, FileSource source,
            Language language) {
        Div box = new Div();
        box.addClassName("review-answer");
        box.add(new H3(question.label().in(language)));
        if (question.kind() == QuestionKind.FILE) {
            box.add(files(files.stream().filter(f -> f.question().equals(question.key())).toList(), source));
            return box;
        }
        String text = question.kind().hasOptions() ? question.options().stream()
                .filter(o -> answers.choices(question.key()).contains(o.key()))
                .map(o -> o.label().in(language)).collect(Collectors.joining(", "))
                : answers.text(question.key());
        Paragraph paragraph = new Paragraph(
                text.isBlank() ? c.getTranslation("opencall.review.no-answer") : text);
        paragraph.getStyle().set("white-space", "pre-wrap");
        box.add(paragraph);
        return box;
    }
}

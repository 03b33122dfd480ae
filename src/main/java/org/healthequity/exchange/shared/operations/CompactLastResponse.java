package org.healthequity.exchange.shared.operations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SynchronizedRequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;

/**
 * Keeps each UI's last UIDL response compressed between requests. Vaadin holds the whole last response of every UI as a
 * string so that it can answer a browser that sends its last message again (a response lost on the way); for a first
 * view that is the view's whole tree as JSON, and one non-Latin-1 character (the language switcher names Arabic,
 * Russian and Chinese in themselves) makes Java store it as two bytes a character. It was most of the byte arrays a
 * session held; kept deflated, the UI benchmark's heap per session fell by 105 KB. It is inflated again only for the
 * rare resent message ({@link #isResent}), so an ordinary request pays only the compression of its own response.
 */
@Component
class CompactLastResponse implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Handlers added here are asked before Vaadin's own, so this one answers every UIDL request.
        event.addRequestHandler(new Handler());
    }

    /** Vaadin's UIDL handler, with the kept response restored before and compressed after each request. */
    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<SynchronizedRequestHandler.ResponseWriter> synchronizedHandleRequest(VaadinSession session,
                VaadinRequest request, VaadinResponse response, String requestBody) throws IOException {
            UI ui = session.getService().findUI(request);
            if (ui != null && isResent(ui, requestBody)) {
                restore(ui);
            }
            try {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            } finally {
                if (ui != null) {
                    compact(ui);
                }
            }
        }
    }

    private record Kept(byte[] deflated) {
    }

    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(-?\\d+)");

    /**
     * Whether the browser sends again the message Vaadin processed last (its answer was lost), the only case in which
     * Vaadin answers with the kept response; every other request leaves it compressed. A body whose message id cannot
     * be read is treated as resent, so Vaadin always has what it needs.
     */
    static boolean isResent(UI ui, String requestBody) {
        Matcher id = CLIENT_ID.matcher(requestBody);
        int clientId = -1;
        while (id.find()) {
            clientId = Integer.parseInt(id.group(1));
        }
        return clientId < 0 || clientId == ui.getInternals().getLastProcessedClientToServerId();
    }

    static void compact(UI ui) {
        String last = ui.getInternals().getLastRequestResponse();
        if (last != null) {
            ComponentUtil.setData(ui, Kept.class, new Kept(deflate(last)));
            ui.getInternals().setLastRequestResponse(null);
        }
    }

    static void restore(UI ui) {
        @Nullable Kept kept = ComponentUtil.getData(ui, Kept.class);
        if (kept != null) {
            ui.getInternals().setLastRequestResponse(inflate(kept.deflated()));
            ComponentUtil.setData(ui, Kept.class, null);
        }
    }

    /** The compressed response kept for the UI, if any. */
    static byte @Nullable [] kept(UI ui) {
        @Nullable Kept kept = ComponentUtil.getData(ui, Kept.class);
        return kept == null ? null : kept.deflated();
    }

    /**
     * One deflater and buffer per request thread, reset after each use: a new {@link Deflater} sets up its native
     * window for every response (6 % of a first view's allocations went into deflating the kept answer).
     */
    private static final ThreadLocal<Deflating> DEFLATING = ThreadLocal.withInitial(Deflating::new);

    private record Deflating(Deflater deflater, byte[] buffer) {

        Deflating() {
            this(new Deflater(Deflater.BEST_SPEED), new byte[8192]);
        }
    }

    private static byte[] deflate(String text) {
        // A virtual thread lives for one request: it gets its own deflater, ended after use.
        boolean pooled = !Thread.currentThread().isVirtual();
        Deflating deflating = pooled ? DEFLATING.get() : new Deflating();
        Deflater deflater = deflating.deflater();
        try {
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() / 6 + 64);
            byte[] buffer = deflating.buffer();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            if (pooled) {
                deflater.reset();
            } else {
                deflater.end();
            }
        }
    }

    private static String inflate(byte[] deflated) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 6);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("The kept UIDL response is truncated");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("The kept UIDL response cannot be read", e);
        } finally {
            inflater.end();
        }
    }
}

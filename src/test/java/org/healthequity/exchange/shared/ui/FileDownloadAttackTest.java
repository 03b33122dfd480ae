package org.healthequity.exchange.shared.ui;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Downloads as a browser receives them: whatever name and type were stored with a file, the response cannot be split,
 * cannot name a path, and cannot make the browser run an uploaded page in the portal's origin.
 */
@Tag("attack")
class FileDownloadAttackTest {

    @Test
    void storedNameWithPathAndLineBreaksCannotSplitTheHeaderOrNameAPath() throws Exception {
        Map<String, String> headers = download("../../etc/passwd\r\nSet-Cookie: session=stolen", "application/pdf");

        String disposition = headers.get("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").doesNotContain("\r", "\n", "/", "..", "passwd\"\"");
        assertThat(disposition).isEqualTo("attachment; filename=\"passwdSet-Cookie session=stolen\"");
    }

    @Test
    void htmlOrSvgIsNeverServedInlineNorAsItsOwnType() throws Exception {
        for (String type : new String[] {"text/html", "image/svg+xml", "application/xhtml+xml", "text/javascript"}) {
            Map<String, String> headers = download("page.html", type);

            assertThat(headers.get("Content-Type")).isEqualTo("application/octet-stream");
            assertThat(headers.get("Content-Disposition")).startsWith("attachment;");
            assertThat(headers.get("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void namesBeyondAsciiAreEncodedTheRfc6266Way() throws Exception {
        Map<String, String> headers = download("rapport d’étape \"final\".pdf", "application/pdf");

        assertThat(headers.get("Content-Disposition")).startsWith("attachment; filename=\"")
                .contains("filename*=UTF-8''rapport%20d%E2%80%99%C3%A9tape%20final.pdf");
        assertThat(headers.get("Content-Type")).isEqualTo("application/pdf");
    }

    private static Map<String, String> download(String storedName, String storedType) throws Exception {
        Map<String, String> headers = new HashMap<>();
        VaadinResponse response = mock(VaadinResponse.class);
        doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1))).when(response)
                .setHeader(anyString(), anyString());
        doAnswer(call -> headers.put("Content-Type", call.getArgument(0))).when(response)
                .setContentType(anyString());
        when(response.containsHeader(anyString())).thenAnswer(call -> headers.containsKey(call.getArgument(0)));
        when(response.getOutputStream()).thenReturn(new ByteArrayOutputStream());
        DownloadEvent event = new DownloadEvent(mock(VaadinRequest.class), response, mock(VaadinSession.class),
                new Element("a"));

        FileDownload.of(() -> Optional.of(new FileDownload.Content(storedName, storedType,
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))).handleDownloadRequest(event);
        return headers;
    }
}

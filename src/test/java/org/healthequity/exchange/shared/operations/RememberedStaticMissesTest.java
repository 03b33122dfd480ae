package org.healthequity.exchange.shared.operations;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.vaadin.flow.server.StaticFileHandler;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedStaticMissesTest {

    /** Vaadin's file server as seen from outside: one file, everything else not a file; each question noted. */
    private final List<String> asked = new ArrayList<>();
    private final StaticFileHandler files = (request, response) -> {
        asked.add(request.getPathInfo());
        if ("/VAADIN/build/app.js".equals(request.getPathInfo())) {
            response.setStatus(200);
            response.getWriter().write("file");
            return true;
        }
        return false;
    };
    private final RememberedStaticMisses.Remembering remembering = new RememberedStaticMisses.Remembering(files);

    @Test
    void aPathThatIsNoFileIsLookedForOnce() throws Exception {
        assertThat(serve("/case-studies")).isFalse();
        assertThat(serve("/case-studies")).isFalse();
        assertThat(serve("/search")).isFalse();

        assertThat(asked).containsExactly("/case-studies", "/search");
    }

    @Test
    void aFileIsServedEveryTime() throws Exception {
        MockHttpServletResponse first = new MockHttpServletResponse();
        MockHttpServletResponse second = new MockHttpServletResponse();

        assertThat(remembering.serveStaticResource(request("/VAADIN/build/app.js"), first)).isTrue();
        assertThat(remembering.serveStaticResource(request("/VAADIN/build/app.js"), second)).isTrue();

        assertThat(second.getContentAsString()).isEqualTo("file");
        assertThat(asked).hasSize(2);
    }

    @Test
    void theServletPathIsPartOfThePath() throws Exception {
        MockHttpServletRequest underVaadin = request("/x");
        underVaadin.setServletPath("/vaadinServlet");

        serve("/x");
        remembering.serveStaticResource(underVaadin, new MockHttpServletResponse());

        assertThat(asked).containsExactly("/x", "/x");
    }

    private boolean serve(String path) throws Exception {
        return remembering.serveStaticResource(request(path), new MockHttpServletResponse());
    }

    private static MockHttpServletRequest request(String pathInfo) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", pathInfo);
        request.setServletPath("");
        request.setPathInfo(pathInfo);
        return request;
    }
}

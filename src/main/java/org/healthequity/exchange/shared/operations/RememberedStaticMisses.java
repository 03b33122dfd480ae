package org.healthequity.exchange.shared.operations;

import java.io.IOException;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Vaadin's static file server, told once that a path is not a file. Vaadin asks it first for every request, pages and
 * UI messages included, and it looks for the path in several class-path folders before answering no: about 7 % of the
 * portal's CPU per first view went to those misses (profile in docs/performance.md). In production the files cannot
 * change while the portal runs, so a path that was not a file is remembered (up to {@link #REMEMBERED} paths; a
 * request for a random address costs one search, as before). A path that was a file is served by Vaadin every time,
 * and in development mode (files change) nothing is remembered. Vaadin's lookup prefers this factory, a bean outside
 * its own packages, to its default.
 */
@Component
class RememberedStaticMisses implements StaticFileHandlerFactory {

    static final int REMEMBERED = 10_000;

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        StaticFileServer files = new StaticFileServer(service);
        return service.getDeploymentConfiguration().isProductionMode() ? new Remembering(files) : files;
    }

    static final class Remembering implements StaticFileHandler {

        private final StaticFileHandler files;
        private final transient Cache<String, Boolean> notFiles = Caffeine.newBuilder().maximumSize(REMEMBERED)
                .build();

        Remembering(StaticFileHandler files) {
            this.files = files;
        }

        @Override
        public boolean serveStaticResource(HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            // The file server names the file by these two parts of the request only.
            String path = request.getServletPath() + '\u0000' + request.getPathInfo();
            if (notFiles.getIfPresent(path) != null) {
                return false;
            }
            boolean served = files.serveStaticResource(request, response);
            if (!served) {
                notFiles.put(path, Boolean.TRUE);
            }
            return served;
        }
    }
}

package app.loadwise.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The browser app (modules/web, built into {@code META-INF/resources} of its jar) is served from {@code /}. A page
 * address the app routes itself ({@code /clubs/7/squad}, {@code /athletes/12}) is answered with {@code index.html};
 * built assets, whose names carry a hash, are cached for a year, {@code index.html} never. Every answer outside the
 * API carries the security headers a browser app needs.
 */
@WebFilter(filterName = "web-app", urlPatterns = "/*")
public class WebAppFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Paths the server answers itself, never the app. */
    static final List<String> SERVER_PATHS = List.of("/api/", "/openapi", "/health", "/metrics", "/assets/", "/samples/");

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        // an athlete's check-in page carries its token in the address: sent nowhere, kept in no cache
        boolean tokenPage = path.startsWith("/check-in/") || path.startsWith("/check-in-unsubscribe/");
        response.setHeader("Referrer-Policy", tokenPage ? "no-referrer" : "same-origin");
        if (tokenPage) {
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
        }
        if (isAppPage(request.getMethod(), path)) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Cache-Control", tokenPage ? "no-store" : "no-cache");
            request.getRequestDispatcher("/index.html").forward(request, response);
            return;
        }
        if (path.startsWith("/assets/")) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        }
        chain.doFilter(request, response);
    }

    /** A GET of a page address: not the server's own paths, and no file name extension in its last segment. */
    static boolean isAppPage(String method, String path) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        for (String server : SERVER_PATHS) {
            if (path.startsWith(server) || path.equals(server.replaceAll("/$", ""))) {
                return false;
            }
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}

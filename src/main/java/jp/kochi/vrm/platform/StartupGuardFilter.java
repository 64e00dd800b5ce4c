package jp.kochi.vrm.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the portal closed while start-up has not succeeded: every request gets a plain 503 page in
 * Japanese and English that names no internals. Health endpoints are served by Payara outside this
 * filter, so readiness can still say DOWN.
 */
@WebFilter(filterName = "startupGuard", urlPatterns = "/*")
public class StartupGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private StartupState state;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (state.isReady()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"UTF-8\">"
                + "<title>ただいま利用できません / Service unavailable</title></head><body>"
                + "<main><h1>ただいま利用できません</h1><p>ポータルは起動中か、設定に誤りがあります。"
                + "システム管理者はサーバーのログを確認してください。</p>"
                + "<h2 lang=\"en\">Service unavailable</h2><p lang=\"en\">The portal is starting or its "
                + "configuration is wrong. Administrators: see the server log.</p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8));
    }
}

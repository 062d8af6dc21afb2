package com.tradesense.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the web client's {@code index.html} for browser navigations to client-side routes ({@code /account},
 * {@code /verify-email?token=...}) so deep links survive a refresh. API, actuator, docs and files are untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class SinglePageAppFilter extends OncePerRequestFilter {

    private static final String[] SERVER_PREFIXES = {"/api/", "/actuator", "/v3/api-docs", "/swagger-ui", "/ws/",
            "/error"};

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI();
        for (String prefix : SERVER_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        String accept = request.getHeader("Accept");
        return path.equals("/") || lastSegment.contains(".") || accept == null || !accept.contains("text/html");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.getRequestDispatcher("/index.html").forward(request, response);
    }
}

package com.tradesense.platform;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request came from, as recorded in sessions and the audit log. */
public record ClientOrigin(String ipAddress, String userAgent) {

    private static final int MAX_USER_AGENT = 512;

    public static ClientOrigin of(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        if (agent != null && agent.length() > MAX_USER_AGENT) {
            agent = agent.substring(0, MAX_USER_AGENT);
        }
        return new ClientOrigin(request.getRemoteAddr(), agent);
    }
}

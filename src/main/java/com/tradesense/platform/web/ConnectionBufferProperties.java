package com.tradesense.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Buffers the embedded Tomcat holds for every open connection ({@code tradesense.http.buffers.*}). Tomcat's
 * defaults (8 KB each, the response buffer twice more as chars) suit short requests; a live stream keeps its
 * connection, and so these buffers, for hours. This app's requests and stream writes are small, and a write larger
 * than the socket buffer goes to the socket in pieces of its size rather than failing.
 *
 * @param socketRead  socket read buffer; the request-header buffer is the header limit plus this
 * @param socketWrite socket write buffer
 * @param response    servlet response buffer: a response larger than this is sent chunked as it is written
 */
@ConfigurationProperties("tradesense.http.buffers")
record ConnectionBufferProperties(
        @DefaultValue("2KB") DataSize socketRead,
        @DefaultValue("2KB") DataSize socketWrite,
        @DefaultValue("2KB") DataSize response) {
}

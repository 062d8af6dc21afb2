package com.tradesense.platform.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Spring Boot's whitelabel page and JSON error body: errors raised outside MVC (filters, the servlet
 * container) are answered with the same problem-detail shape as the rest of the API.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String detail = status >= 500 ? "Something went wrong on our side." : "The request could not be served.";
        return ResponseEntity.status(status).body(ProblemResponses.problem(status, ProblemResponses.defaultCode(status),
                detail, uri == null ? null : uri.toString(), List.of()));
    }
}

package com.tradesense.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.tradesense.IntegrationTest;
import com.tradesense.platform.HotRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The hot-route shortcut against Spring MVC's full search over every mapping (a plain {@link
 * RequestMappingHandlerMapping} over the same controllers): for requests at, around and beside every hot route, both
 * pick the same handler (or both none) and leave the same match details on the request.
 */
@IntegrationTest
class HotRouteHandlerMappingTests {

    private static final List<String> MATCH_DETAILS = List.of(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
            HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE,
            HandlerMapping.MATRIX_VARIABLES_ATTRIBUTE, HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping application;

    @Autowired
    ConfigurableApplicationContext context;

    RequestMappingHandlerMapping fullSearch;

    @BeforeEach
    void fullSearchOverTheSameControllers() {
        fullSearch = new RequestMappingHandlerMapping();
        fullSearch.setPatternParser(application.getPatternParser());
        fullSearch.setContentNegotiationManager(application.getContentNegotiationManager());
        fullSearch.setEmbeddedValueResolver(new EmbeddedValueResolver(context.getBeanFactory()));
        fullSearch.setApplicationContext(context);
        fullSearch.afterPropertiesSet();
    }

    @Test
    void orderPlacementIsAHotRouteOfTheApplicationsMapping() {
        assertThat(application).isInstanceOf(HotRouteHandlerMapping.class);
        assertThat(hotRoutes()).extracting(route -> route.getValue().getMethod().getName()).contains("place");
    }

    @Test
    void everyRequestAtOrAroundAHotRouteGetsWhatTheFullSearchGives() throws Exception {
        int handled = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> route : hotRoutes()) {
            for (String pattern : route.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                List<String> paths = List.of(path, path + "/", path + "/preview", path + "/" + UUID.randomUUID(),
                        pattern.replaceAll("\\{[^}]+}", "not-a-uuid"), path.substring(0, path.lastIndexOf('/')),
                        path + ";matrix=1", path.toUpperCase());
                for (String method : List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
                    for (String requestPath : paths) {
                        for (String contentType : new String[] {"application/json", "text/plain", null}) {
                            Outcome hot = lookUp(application, method, requestPath, contentType, false);
                            Outcome full = lookUp(fullSearch, method, requestPath, contentType, false);
                            assertThat(hot).as("%s %s (%s)", method, requestPath, contentType).isEqualTo(full);
                            handled += hot.handler() == null ? 0 : 1;
                        }
                    }
                    Outcome preflight = lookUp(application, "OPTIONS", path, null, true);
                    assertThat(preflight).as("preflight for %s %s", method, path)
                            .isEqualTo(lookUp(fullSearch, "OPTIONS", path, null, true));
                }
            }
        }
        // the comparison covered requests that were handled, not only ones both refused
        assertThat(handled).isGreaterThan(10);
    }

    private List<Map.Entry<RequestMappingInfo, HandlerMethod>> hotRoutes() {
        return application.getHandlerMethods().entrySet().stream()
                .filter(route -> route.getValue().hasMethodAnnotation(HotRoute.class)).toList();
    }

    private record Outcome(Object handler, String failure, Map<String, Object> details) {
    }

    private static Outcome lookUp(RequestMappingHandlerMapping mapping, String method, String path,
            String contentType, boolean preflight) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (contentType != null) {
            request.setContentType(contentType);
            request.setContent("{}".getBytes());
        }
        if (preflight) {
            request.addHeader(HttpHeaders.ORIGIN, "https://elsewhere.example");
            request.addHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST");
        }
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            Map<String, Object> details = new HashMap<>();
            for (String name : MATCH_DETAILS) {
                Object detail = request.getAttribute(name);
                details.put(name, detail instanceof HandlerMethod handler ? describe(handler) : detail);
            }
            return new Outcome(chain == null ? null : describe(chain.getHandler()), null, details);
        } catch (Exception refused) {
            return new Outcome(null, refused.getClass().getName(), Map.of());
        }
    }

    /** OPTIONS and preflight handlers are new objects per request: handlers are compared by type and method. */
    private static String describe(Object handler) {
        return handler instanceof HandlerMethod method ? method.getBeanType().getName() + "#" + method.getMethod()
                : handler.getClass().getName();
    }
}

package com.tradesense.platform.web;

import java.util.ArrayList;
import java.util.List;

import com.tradesense.platform.HotRoute;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's annotated-controller mapping, trying the {@link HotRoute} handlers first: a request one of them matches
 * gets the same handler and the same request attributes (path variables, best pattern, the observation's route) as the
 * full search would give it, without testing every other mapping.
 */
class HotRouteHandlerMapping extends RequestMappingHandlerMapping {

    /** Spring Boot configures this mapping as it would its own (order, path matching, content negotiation). */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        WebMvcRegistrations hotRoutes() {
            return new WebMvcRegistrations() {
                @Override
                public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                    return new HotRouteHandlerMapping();
                }
            };
        }
    }

    private record Route(RequestMappingInfo mapping, HandlerMethod handler) {
    }

    private final List<Route> hotRoutes = new ArrayList<>();

    @Override
    public void afterPropertiesSet() {
        super.afterPropertiesSet();
        getHandlerMethods().forEach((mapping, handler) -> {
            if (handler.hasMethodAnnotation(HotRoute.class)) {
                hotRoutes.add(new Route(mapping, handler));
            }
        });
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
            throws Exception {
        for (Route route : hotRoutes) {
            RequestMappingInfo match = route.mapping().getMatchingCondition(request);
            if (match != null) {
                // what the full search does with its best match
                request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, route.handler());
                handleMatch(match, lookupPath, request);
                return route.handler();
            }
        }
        return super.lookupHandlerMethod(lookupPath, request);
    }
}

package com.loopin.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC finds the handler of a path with a variable ({@code /api/events/{id}}) by trying every mapping in turn
 * (about 215 here), and each try asks the request for its method, headers and attributes, through the five wrappers
 * the filters put around it (the firewall's, the security headers', …). In the profile of an event's page that was a
 * fifth of its time. The lookup now asks a view of the request that keeps what it was told (the method, headers, the
 * content type; attributes are read and written through it), and everything after the lookup sees the request itself.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookup implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new RequestMappingHandlerMapping() {
            @Override
            protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
                return super.getHandlerInternal(new RememberingRequest(request));
            }
        };
    }

    /**
     * What one lookup asks of the request, asked of the request once. Nothing else touches the request while its
     * handler is looked up (one thread, no filter in between), so the attributes it writes through this view are all
     * the changes there are.
     */
    static final class RememberingRequest extends HttpServletRequestWrapper {

        private final String method;
        private final String contentType;
        private final Map<String, String> headers = new HashMap<>();
        private final Map<String, Object> attributes = new HashMap<>();

        RememberingRequest(HttpServletRequest request) {
            super(request);
            this.method = request.getMethod();
            this.contentType = request.getContentType();
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public String getHeader(String name) {
            return remembered(headers, name, super::getHeader);
        }

        @Override
        public Object getAttribute(String name) {
            return remembered(attributes, name, super::getAttribute);
        }

        @Override
        public void setAttribute(String name, Object value) {
            super.setAttribute(name, value);
            attributes.remove(name);
        }

        @Override
        public void removeAttribute(String name) {
            super.removeAttribute(name);
            attributes.remove(name);
        }

        /** What the request answered for this name (null included), asked the first time only. */
        private static <T> T remembered(Map<String, T> answers, String name, Function<String, T> ask) {
            if (!answers.containsKey(name)) {
                answers.put(name, ask.apply(name));
            }
            return answers.get(name);
        }
    }
}

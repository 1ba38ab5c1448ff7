package com.loopin.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * An address under {@code /admin} that no page answers is the console's styled 404, not the API's JSON problem.
 * The console's assets are served by a mapping of their own, asked before the controllers, so that the catch-all
 * below does not shadow them.
 */
@Controller
class ConsoleNotFound {

    @GetMapping({"/admin/**"})
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", "There is no page at this address. Check the link, or start from the dashboard.");
        return "admin/error";
    }

    @Configuration(proxyBeanMethods = false)
    static class Assets {

        @Bean
        ResourceHttpRequestHandler consoleAssets() {
            var handler = new ResourceHttpRequestHandler();
            handler.setLocations(java.util.List.of(new ClassPathResource("static/admin/assets/")));
            return handler;
        }

        @Bean
        SimpleUrlHandlerMapping consoleAssetMapping(ResourceHttpRequestHandler consoleAssets) {
            var mapping = new SimpleUrlHandlerMapping(Map.of("/admin/assets/**", consoleAssets));
            mapping.setOrder(-1);
            return mapping;
        }
    }
}

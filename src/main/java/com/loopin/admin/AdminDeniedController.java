package com.loopin.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The console's own 403 page, inside its layout, instead of a bare error page. */
@Controller
class AdminDeniedController {

    @RequestMapping("/admin/denied")
    String denied(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("message", "This page is for superusers. Ask one if you need something done here.");
        return "admin/error";
    }
}

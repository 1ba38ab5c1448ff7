package com.loopin.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's entry point; the original served its admin at /django/admin/, which now redirects here. */
@Controller
class AdminController {

    @GetMapping({"/admin", "/admin/"})
    String home() {
        return "admin/home";
    }

    @GetMapping({"/django/admin", "/django/admin/", "/django/admin/**"})
    String legacyAdmin() {
        return "redirect:/admin/";
    }
}

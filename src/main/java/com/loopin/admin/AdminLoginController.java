package com.loopin.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminLoginController {

    @GetMapping("/admin/login")
    String login() {
        return "admin/login";
    }

    /** The console used to live at /django/admin/; old bookmarks still work. */
    @GetMapping({"/django/admin", "/django/admin/", "/django/admin/**"})
    String legacyAdmin() {
        return "redirect:/admin/";
    }
}

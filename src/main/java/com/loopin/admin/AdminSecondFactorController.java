package com.loopin.admin;

import com.loopin.protection.AbuseProtection;
import com.loopin.shared.ChangeRefusedException;
import com.loopin.shared.ClientAddress;
import com.loopin.shared.RetryLaterException;
import com.loopin.staff.StaffAccounts;
import com.loopin.staff.StaffAuthenticationProvider;
import com.loopin.staff.StaffSecondFactor;
import com.loopin.staff.StaffView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of a staff sign-in (an authenticator code or a recovery code) and the set-up of the second
 * factor, with its QR code drawn on the server. The second step sits behind the same per-address limit and
 * account lockout as the password.
 */
@Controller
class AdminSecondFactorController {

    private static final String ENROLMENT = AdminSecondFactorController.class.getName() + ".enrolment";

    private final StaffSecondFactor secondFactor;
    private final StaffAccounts staff;
    private final AbuseProtection protection;
    private final ClientAddress clientAddress;

    AdminSecondFactorController(
            StaffSecondFactor secondFactor,
            StaffAccounts staff,
            AbuseProtection protection,
            ClientAddress clientAddress) {
        this.secondFactor = secondFactor;
        this.staff = staff;
        this.protection = protection;
        this.clientAddress = clientAddress;
    }

    /** After a right password: the second step if the account has one or must have one, else the console. */
    static void afterPassword(HttpServletRequest request, HttpServletResponse response, Authentication signedIn)
            throws IOException {
        response.sendRedirect(request.getContextPath() + (halfway(signedIn) ? "/admin/login/code" : "/admin/"));
    }

    @GetMapping("/admin/login/code")
    String codeForm(Authentication signedIn) {
        if (!halfway(signedIn)) {
            return "redirect:/admin/";
        }
        return secondFactor.enrolled(account(signedIn).id()) ? "admin/login-code" : "redirect:/admin/two-factor";
    }

    @PostMapping("/admin/login/code")
    String checkCode(
            @RequestParam(required = false) String code,
            Authentication signedIn,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!halfway(signedIn)) {
            return "redirect:/admin/";
        }
        StaffView account = account(signedIn);
        try {
            protection.beforeStaffSignIn(clientAddress.of(request));
        } catch (RetryLaterException e) {
            return refused(model, response);
        }
        if (!secondFactor.check(account.id(), code)) {
            return refused(model, response);
        }
        signInFully(account, request, response);
        return "redirect:/admin/";
    }

    @GetMapping("/admin/two-factor")
    String setUp(Authentication signedIn, HttpSession session, Model model) {
        StaffView account = account(signedIn);
        if (secondFactor.enrolled(account.id())) {
            model.addAttribute("enrolled", true);
            return "admin/two-factor";
        }
        // an enrolment this session already started is shown again, not replaced: following a link to this page
        // (or reloading it) must not change the secret the member may be scanning
        var enrolment = session.getAttribute(enrolmentOf(account)) instanceof StaffSecondFactor.Enrolment started
                        && secondFactor.pending(account.id())
                ? started
                : secondFactor.begin(account);
        session.setAttribute(enrolmentOf(account), enrolment);
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("required", halfway(signedIn));
        return "admin/two-factor";
    }

    @PostMapping("/admin/two-factor")
    String confirm(
            @RequestParam(required = false) String code,
            Authentication signedIn,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        StaffView account = account(signedIn);
        var recoveryCodes = new ArrayList<String>();
        try {
            recoveryCodes.addAll(secondFactor.confirm(account, code));
        } catch (ChangeRefusedException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("enrolment", request.getSession().getAttribute(enrolmentOf(account)));
            model.addAttribute("required", halfway(signedIn));
            response.setStatus(400);
            return model.getAttribute("enrolment") == null ? "redirect:/admin/two-factor" : "admin/two-factor";
        }
        request.getSession().removeAttribute(enrolmentOf(account));
        if (halfway(signedIn)) {
            signInFully(account, request, response);
        }
        model.addAttribute("recoveryCodes", recoveryCodes);
        return "admin/two-factor";
    }

    private String refused(Model model, HttpServletResponse response) {
        model.addAttribute("error", "That code did not work. Try again, or use a recovery code.");
        response.setStatus(401);
        return "admin/login-code";
    }

    /** Every step is done: the session gets the staff roles, under a new session id. */
    private void signInFully(StaffView account, HttpServletRequest request, HttpServletResponse response) {
        ConsoleSignIns.signIn(staff.find(account.id()).orElse(account), true, request, response);
    }

    /** The session keeps an enrolment in progress under its account: a browser may sign in as someone else. */
    private static String enrolmentOf(StaffView account) {
        return ENROLMENT + "." + account.id();
    }

    private static boolean halfway(Authentication signedIn) {
        return signedIn != null
                && signedIn.getAuthorities().stream()
                        .anyMatch(a -> StaffAuthenticationProvider.SECOND_STEP.equals(a.getAuthority()));
    }

    private static StaffView account(Authentication signedIn) {
        if (!(signedIn.getDetails() instanceof StaffView account)) {
            throw new IllegalStateException("a staff sign-in without its account");
        }
        return account;
    }
}

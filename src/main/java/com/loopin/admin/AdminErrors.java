package com.loopin.admin;

import com.loopin.database.DatabaseTrouble;
import com.loopin.shared.DomainException;
import com.loopin.shared.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/** The console's own error pages: people, not apps, read them. */
@ControllerAdvice(basePackageClasses = AdminErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminErrors {

    private static final Logger log = LoggerFactory.getLogger(AdminErrors.class);

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, Model model, HttpServletResponse response) {
        response.setStatus(e.code().status().value());
        // the app's wording ("Please signup first") is for app users, not for staff
        model.addAttribute(
                "message",
                e.code() == ErrorCode.USER_NOT_FOUND
                        ? "There is no such user. The account may have been deleted."
                        : e.getMessage());
        return "admin/error";
    }

    /** A parameter the console cannot read ({@code ?page=abc}, a missing field): the request's fault, not ours. */
    @ExceptionHandler({
        TypeMismatchException.class,
        BindException.class,
        ServletRequestBindingException.class,
        HandlerMethodValidationException.class
    })
    String badRequest(Exception e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute(
                "message", "This page was asked for with a value it does not understand. Check the address.");
        return "admin/error";
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception e, Model model, HttpServletResponse response) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            response.setStatus(known.getStatusCode().value());
            model.addAttribute(
                    "message",
                    "This request could not be handled ("
                            + known.getStatusCode().value() + ").");
            return "admin/error";
        }
        if (DatabaseTrouble.isTransient(e)) {
            log.warn("Console unavailable: {}", DatabaseTrouble.describe(e));
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", Long.toString(DatabaseTrouble.RETRY_AFTER.toSeconds()));
            model.addAttribute("message", "The database is not answering right now. Please try again in a moment.");
            return "admin/error";
        }
        log.error("Console error", e);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        model.addAttribute("message", "Something went wrong. The error has been logged.");
        return "admin/error";
    }
}

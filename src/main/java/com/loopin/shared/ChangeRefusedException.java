package com.loopin.shared;

/**
 * Staff asked for a change the rules do not allow (a taken name, a weak password): the message says why, in
 * words for people, and nothing was changed. The console shows it beside the form.
 */
public class ChangeRefusedException extends RuntimeException {

    public ChangeRefusedException(String message) {
        super(message, null, false, false);
    }
}

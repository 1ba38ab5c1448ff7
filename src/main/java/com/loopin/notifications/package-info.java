/**
 * Notifications: an inbox in the app and pushes to phones (Firebase Cloud Messaging), for the contract's one
 * catalogue of kinds ({@link com.loopin.notifications.NotificationKind}). It follows the other modules' events
 * through Spring Modulith's JDBC event publication registry: the decision to notify is written in the transaction
 * that caused it, the inbox item after the commit (once, whatever runs twice), and pushes by a dispatcher that
 * retries, holds non-urgent ones through quiet hours and survives restarts. Reminders before an event come from
 * a schedule of their own. {@link com.loopin.notifications.PersonNotifications} is what the console reads.
 */
@ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"database", "events", "going", "interests", "platform", "shared", "users"})
package com.loopin.notifications;

import org.springframework.modulith.ApplicationModule;

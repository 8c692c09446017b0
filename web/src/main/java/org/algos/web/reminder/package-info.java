/**
 * E-mail reminders: the clinic's sender, which turns the outbox of patient messages into e-mail
 * through the SMTP server hospital IT configures ({@code ALGOS_SMTP_*}).
 */
package org.algos.web.reminder;

package org.algos.web.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SMTP server reminders go through, from configuration (environment {@code ALGOS_SMTP_HOST},
 * {@code _PORT}, {@code _USER}, {@code _PASSWORD}, {@code _FROM}, {@code _TLS}: {@code starttls}
 * (default), {@code ssl} or {@code none}). Without a host nothing is sent, and nothing is queued.
 */
@ApplicationScoped
public class SmtpSettings {

    /** Seconds a connection, a read or a write may take before the attempt counts as failed. */
    private static final String TIMEOUT_MS = "20000";

    @Inject
    @ConfigProperty(name = "algos.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "algos.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "algos.smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "algos.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "algos.smtp.from", defaultValue = "no-reply@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "algos.smtp.tls", defaultValue = "starttls")
    String tls;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from.strip();
    }

    /** Where the sender's log says it sends to: host and port, never the credentials. */
    public String describe() {
        return host.orElse("") + ":" + port + " (" + tls + ")";
    }

    public Session session() {
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", "smtp");
        props.setProperty("mail.smtp.host", host.orElseThrow().strip());
        props.setProperty("mail.smtp.port", Integer.toString(port));
        props.setProperty("mail.smtp.connectiontimeout", TIMEOUT_MS);
        props.setProperty("mail.smtp.timeout", TIMEOUT_MS);
        props.setProperty("mail.smtp.writetimeout", TIMEOUT_MS);
        props.setProperty("mail.smtp.from", from());
        switch (tls.strip()) {
            case "ssl" -> {
                props.setProperty("mail.smtp.ssl.enable", "true");
                props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case "none" -> props.setProperty("mail.smtp.starttls.enable", "false");
            default -> {
                props.setProperty("mail.smtp.starttls.enable", "true");
                props.setProperty("mail.smtp.starttls.required", "true");
                props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
        }
        Optional<String> name = user.filter(u -> !u.isBlank());
        if (name.isEmpty()) {
            return Session.getInstance(props);
        }
        props.setProperty("mail.smtp.auth", "true");
        String secret = password.orElse("");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(name.get(), secret);
            }
        });
    }
}

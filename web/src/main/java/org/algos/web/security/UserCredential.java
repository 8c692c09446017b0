package org.algos.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/** The password hash of a built-in account, and whether its owner chose it. Single sign-on accounts have none. */
@Entity
@EntityListeners(ColumnLengthCheck.class)
@Table(name = "user_credential")
public class UserCredential {

    @Id
    @Column(length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    /** Set by an administrator: the password serves only to choose a new one. */
    @Column(name = "must_choose", nullable = false)
    private boolean mustChoose;

    protected UserCredential() {
    }

    private UserCredential(String username, String passwordHash, LocalDateTime changedAt, boolean mustChoose) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.changedAt = changedAt;
        this.mustChoose = mustChoose;
    }

    /** A password the account's owner chose, or one set up with the installation (demo, first administrator). */
    public static UserCredential chosen(String username, String passwordHash, LocalDateTime changedAt) {
        return new UserCredential(username, passwordHash, changedAt, false);
    }

    /** A password an administrator set, to be replaced at first sign-in. */
    public static UserCredential temporary(String username, String passwordHash, LocalDateTime changedAt) {
        return new UserCredential(username, passwordHash, changedAt, true);
    }

    /** The owner's new password. */
    public void choose(String newHash, LocalDateTime now) {
        this.passwordHash = newHash;
        this.changedAt = now;
        this.mustChoose = false;
    }

    /** An administrator's reset: a temporary password again. */
    public void reset(String temporaryHash, LocalDateTime now) {
        this.passwordHash = temporaryHash;
        this.changedAt = now;
        this.mustChoose = true;
    }

    public boolean mustChoose() {
        return mustChoose;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }
}

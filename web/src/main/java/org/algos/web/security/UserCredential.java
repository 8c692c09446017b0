package org.algos.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.algos.domain.persistence.ColumnLengthCheck;

/** The password hash of a built-in account. Single sign-on accounts have none. */
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

    protected UserCredential() {
    }

    public UserCredential(String username, String passwordHash, LocalDateTime changedAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.changedAt = changedAt;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }
}

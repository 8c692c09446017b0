package org.algos.domain.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/**
 * The Ed25519 key that signs audit checkpoints, kept in a file outside the database (owner-only
 * permissions, generated at first start). The hash chain's link key is derived from it, so one
 * file is all hospital IT keeps safe: lose it and later checkpoints can no longer be verified
 * against earlier ones; leak it and whoever holds it can forge the chain.
 */
public final class AuditSigningKey {

    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final byte[] linkKey;

    private AuditSigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.linkKey = deriveLinkKey(privateKey);
    }

    /** Reads the key from {@code file}, creating the file with a new key first if there is none. */
    public static AuditSigningKey openOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return read(file);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The audit signing key " + file + " cannot be used: " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String text = pem(PRIVATE, pair.getPrivate().getEncoded()) + pem(PUBLIC, pair.getPublic().getEncoded());
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".audit-key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, text, StandardCharsets.US_ASCII);
        try {
            // Two nodes starting at once: the first key written wins and both use it.
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temp);
        }
    }

    private static AuditSigningKey read(Path file) throws IOException, GeneralSecurityException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        KeyFactory keys = KeyFactory.getInstance("Ed25519");
        PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(section(lines, PRIVATE, file)));
        PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(section(lines, PUBLIC, file)));
        return new AuditSigningKey(privateKey, publicKey);
    }

    private static byte[] section(List<String> lines, String label, Path file) throws IOException {
        StringBuilder base64 = new StringBuilder();
        boolean inside = false;
        for (String line : lines) {
            if (line.equals("-----BEGIN " + label + "-----")) {
                inside = true;
            } else if (line.equals("-----END " + label + "-----")) {
                return Base64.getMimeDecoder().decode(base64.toString());
            } else if (inside) {
                base64.append(line.trim());
            }
        }
        throw new IOException(file + " holds no " + label);
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    private static byte[] deriveLinkKey(PrivateKey key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("algos-audit-link-key/1".getBytes(StandardCharsets.US_ASCII));
            return sha.digest(key.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    public String sign(byte[] message) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(message);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed: " + e.getMessage(), e);
        }
    }

    /** True when {@code checkpoint} was signed by this key. */
    public boolean signed(AuditCheckpoint checkpoint) {
        return verify(publicKey, checkpoint);
    }

    /** Checks a checkpoint with a published public key alone, as anyone outside the clinic can. */
    public static boolean verify(PublicKey key, AuditCheckpoint checkpoint) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(checkpoint.message());
            return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The key of the chain's keyed links (HMAC-SHA-256). */
    byte[] linkKey() {
        return linkKey.clone();
    }

    /** The public key as PEM (SubjectPublicKeyInfo), to publish. */
    public String publicKeyPem() {
        return pem(PUBLIC, publicKey.getEncoded());
    }
}

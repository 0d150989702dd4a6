package dev.baton.http;

import dev.baton.model.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads PEM certificates and unencrypted PKCS#8 private keys. Every problem is an
 * {@link InvalidInputException} that starts with the option and file, e.g.
 * {@code --cacert ca.pem: no PEM certificate found}.
 */
public final class PemFiles {

    private static final String BEGIN = "-----BEGIN ";
    private static final String DASHES = "-----";
    private static final List<String> KEY_ALGORITHMS = List.of("RSA", "EC", "EdDSA", "RSASSA-PSS");

    private PemFiles() {
    }

    /** A PEM block: its type ({@code CERTIFICATE}), whether it has RFC 1421 headers, and its Base64 text. */
    record Block(String type, boolean hasHeaders, String base64) {
    }

    /** The file's bytes. */
    static byte[] read(Path file, String label) {
        String named = label + " " + file;
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(named + ": is a directory, not a file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(named + ": file not found");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(named + ": cannot be read (permission denied)");
        } catch (IOException e) {
            throw new InvalidInputException(named + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Whether the content holds a PEM block. */
    static boolean isPem(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(BEGIN);
    }

    /** The X.509 certificates of a PEM file, in order; at least one. */
    static List<X509Certificate> certificates(Path file, String label) {
        return certificates(read(file, label), file, label);
    }

    static List<X509Certificate> certificates(byte[] content, Path file, String label) {
        String named = label + " " + file;
        List<X509Certificate> certificates = new ArrayList<>();
        for (Block block : blocks(content, named)) {
            if (!block.type().equals("CERTIFICATE") && !block.type().equals("TRUSTED CERTIFICATE")) {
                continue;
            }
            String which = "certificate " + (certificates.size() + 1);
            byte[] der = decode(block, named + ": " + which);
            try {
                certificates.add((X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(der)));
            } catch (CertificateException | ClassCastException e) {
                throw new InvalidInputException(named + ": " + which + " is not a valid X.509 certificate");
            }
        }
        if (certificates.isEmpty()) {
            throw new InvalidInputException(named + ": no PEM certificate found (expected a '"
                    + BEGIN + "CERTIFICATE" + DASHES + "' block)");
        }
        return certificates;
    }

    /** The first private key of a PEM file: unencrypted PKCS#8, RSA or EC. */
    static PrivateKey privateKey(Path file, String label) {
        return privateKey(read(file, label), file, label);
    }

    static PrivateKey privateKey(byte[] content, Path file, String label) {
        return privateKey(content, label + " " + file, file.toString());
    }

    /** The first private key of PEM text, such as the value of a variable; problems start with {@code named}. */
    public static PrivateKey privateKey(String text, String named) {
        return privateKey(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII), named, "key.txt");
    }

    private static PrivateKey privateKey(byte[] content, String named, String file) {
        for (Block block : blocks(content, named)) {
            switch (block.type()) {
                case "PRIVATE KEY" -> {
                    return pkcs8(decode(block, named + ": the private key"), named);
                }
                case "ENCRYPTED PRIVATE KEY" -> throw new InvalidInputException(named
                        + ": the private key is encrypted; Baton reads unencrypted PKCS#8 keys "
                        + "(openssl pkcs8 -topk8 -nocrypt -in " + file + " -out key.pem)");
                case "RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY" -> throw new InvalidInputException(
                        named + ": the key is a '" + block.type() + "'" + (block.hasHeaders() ? " (encrypted)" : "")
                                + "; Baton reads unencrypted PKCS#8 keys ('" + BEGIN + "PRIVATE KEY" + DASHES
                                + "'); convert it with: openssl pkcs8 -topk8 -nocrypt -in " + file
                                + " -out key.pem");
                default -> {
                }
            }
        }
        throw new InvalidInputException(named + ": no PEM private key found (expected a '" + BEGIN
                + "PRIVATE KEY" + DASHES + "' block)");
    }

    private static PrivateKey pkcs8(byte[] der, String named) {
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException | RuntimeException notThisAlgorithm) {
                // try the next one
            }
        }
        throw new InvalidInputException(named + ": the private key is not a valid RSA or EC PKCS#8 key");
    }

    private static byte[] decode(Block block, String what) {
        try {
            return Base64.getMimeDecoder().decode(block.base64());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(what + " is not valid Base64");
        }
    }

    /** The PEM blocks of the content, in order. */
    static List<Block> blocks(byte[] content, String named) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        List<Block> blocks = new ArrayList<>();
        int from = 0;
        for (int begin; (begin = text.indexOf(BEGIN, from)) >= 0; ) {
            int typeEnd = text.indexOf(DASHES, begin + BEGIN.length());
            int lineEnd = lineEnd(text, begin);
            if (typeEnd < 0 || typeEnd > lineEnd) {
                throw new InvalidInputException(named + ": a '" + BEGIN + "' line is not closed by '-----'");
            }
            String type = text.substring(begin + BEGIN.length(), typeEnd).trim();
            String endLine = "-----END " + type + DASHES;
            int end = text.indexOf(endLine, typeEnd);
            if (end < 0) {
                throw new InvalidInputException(named + ": the '" + type + "' block has no '" + endLine + "' line");
            }
            String body = text.substring(typeEnd + DASHES.length(), end);
            boolean headers = body.contains(":");
            if (headers) {
                int blank = body.replace("\r\n", "\n").indexOf("\n\n");
                body = blank < 0 ? body : body.replace("\r\n", "\n").substring(blank + 2);
            }
            blocks.add(new Block(type, headers, body.strip()));
            from = end + endLine.length();
        }
        return blocks;
    }

    private static int lineEnd(String text, int from) {
        int n = text.indexOf('\n', from);
        return n < 0 ? text.length() : n;
    }
}

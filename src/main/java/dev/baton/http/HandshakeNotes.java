package dev.baton.http;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;
import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * Notes, for the current thread, whether the last TLS handshake was asked for a client certificate and whether
 * one was offered. With TLS 1.3 a server that refuses the client's certificate (or its absence) often just
 * closes the connection after the handshake, and this is the only trace of why.
 */
final class HandshakeNotes extends X509ExtendedKeyManager {

    /** What the last handshake on this thread saw. */
    enum Request { NONE, ASKED_AND_OFFERED, ASKED_NONE_OFFERED }

    private static final ThreadLocal<Request> LAST = ThreadLocal.withInitial(() -> Request.NONE);

    private final X509KeyManager delegate;

    /** Notes requests and offers the delegate's certificate whichever CAs the server names, or none if null. */
    HandshakeNotes(X509KeyManager delegate) {
        this.delegate = delegate;
    }

    static void reset() {
        LAST.set(Request.NONE);
    }

    static Request last() {
        return LAST.get();
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        String alias = delegate == null ? null : delegate.chooseClientAlias(keyTypes, null, socket);
        if (alias != null || LAST.get() == Request.NONE) {
            LAST.set(alias == null ? Request.ASKED_NONE_OFFERED : Request.ASKED_AND_OFFERED);
        }
        return alias;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return chooseClientAlias(keyTypes, issuers, null);
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return delegate == null ? null : delegate.getClientAliases(keyType, null);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return delegate == null ? null : delegate.getCertificateChain(alias);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return delegate == null ? null : delegate.getPrivateKey(alias);
    }
}

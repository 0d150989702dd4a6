package dev.baton.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A loopback stand-in for an HTTP proxy: records each request head it receives (request line and headers) and
 * answers it itself with what {@code answer} returns for the head, then closes the connection.
 */
final class FakeProxy implements AutoCloseable {

    private final ServerSocket socket;
    private final List<List<String>> heads = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;

    FakeProxy(Function<List<String>, String> answer) throws IOException {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                            StandardCharsets.ISO_8859_1));
                    List<String> head = new ArrayList<>();
                    for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                        head.add(line);
                    }
                    heads.add(head);
                    OutputStream out = client.getOutputStream();
                    out.write(answer.apply(head).getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException closed) {
                    // the proxy is closing, or a client went away
                }
            }
        });
        thread.setDaemon(true);
        thread.start();
    }

    /** A response that closes the connection. */
    static String response(String status, String extraHeader, String body) {
        return "HTTP/1.1 " + status + "\r\n" + (extraHeader.isEmpty() ? "" : extraHeader + "\r\n")
                + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body;
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** The request heads received so far, in order. */
    List<List<String>> heads() {
        return List.copyOf(heads);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

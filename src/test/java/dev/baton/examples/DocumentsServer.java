package dev.baton.examples;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The API {@code examples/documents/documents.yaml} is written against, on Jetty (whose multipart parser reads the
 * uploads): {@code POST /reports} stores a CSV file part and a title (refused unless {@code X-Signature} is the
 * HMAC-SHA256 of the title under the key), {@code GET /reports/ID} answers it as JSON or, asked for XML, as a
 * namespaced document of the CSV's rows.
 */
final class DocumentsServer implements AutoCloseable {

    private record Report(String id, String title, String expires, String fileName, byte[] file) {
    }

    private final Server server;
    private final Map<String, Report> reports = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final String key;

    private DocumentsServer(String key) {
        this.key = key;
        this.server = new Server();
    }

    static DocumentsServer start(String signingKey, Path uploads) throws Exception {
        DocumentsServer documents = new DocumentsServer(signingKey);
        ServerConnector connector = new ServerConnector(documents.server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        documents.server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        ServletHolder holder = new ServletHolder(new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                documents.upload(request, response);
            }

            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                documents.read(request, response);
            }
        });
        holder.getRegistration().setMultipartConfig(new MultipartConfigElement(Files.createDirectories(uploads)
                .toString()));
        context.addServlet(holder, "/*");
        documents.server.setHandler(context);
        documents.server.start();
        return documents;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    private void upload(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            String title = new String(request.getPart("title").getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String expires = new String(request.getPart("expires").getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            Part file = request.getPart("file");
            if (!hmac(title).equals(request.getHeader("X-Signature")) || file == null
                    || !"text/csv".equals(file.getContentType())) {
                response.sendError(401, "bad signature or no CSV file part");
                return;
            }
            Report report = new Report("r-" + ids.incrementAndGet(), title, expires, file.getSubmittedFileName(),
                    file.getInputStream().readAllBytes());
            reports.put(report.id(), report);
            response.setStatus(201);
            response.setHeader("Location", "/reports/" + report.id());
            json(response, report);
        } catch (jakarta.servlet.ServletException | IllegalStateException e) {
            response.sendError(400, "not multipart/form-data: " + e.getMessage());
        }
    }

    private void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Report report = reports.get(request.getPathInfo().replaceFirst("^/reports/", ""));
        if (report == null) {
            response.sendError(404);
            return;
        }
        if (String.valueOf(request.getHeader("Accept")).contains("xml")) {
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<r:report xmlns:r=\"urn:example:reports\" id=\"" + report.id() + "\">\n  <r:title>"
                    + report.title() + "</r:title>\n  <r:expires>" + report.expires() + "</r:expires>\n");
            String[] lines = new String(report.file(), StandardCharsets.UTF_8).strip().split("\n");
            String[] columns = lines[0].split(",");
            for (int i = 1; i < lines.length; i++) {
                xml.append("  <r:row>");
                String[] cells = lines[i].split(",");
                for (int c = 0; c < columns.length; c++) {
                    xml.append("<r:").append(columns[c]).append('>').append(cells[c]).append("</r:")
                            .append(columns[c]).append('>');
                }
                xml.append("</r:row>\n");
            }
            response.setContentType("application/xml; charset=utf-8");
            response.getWriter().print(xml.append("</r:report>\n"));
            return;
        }
        json(response, report);
    }

    private static void json(HttpServletResponse response, Report report) throws IOException {
        response.setContentType("application/json");
        response.getWriter().print("{\"id\":\"" + report.id() + "\",\"title\":\"" + report.title()
                + "\",\"expires\":\"" + report.expires() + "\",\"file\":{\"name\":\"" + report.fileName()
                + "\",\"size\":" + report.file().length + ",\"sha256\":\"" + sha256(report.file()) + "\"}}");
    }

    private String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}

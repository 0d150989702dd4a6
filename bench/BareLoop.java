import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The floor for a JVM runner on this machine: the same sequential GETs as the benchmark collections, each
 * answer's JSON parsed and its id checked, on one pooled keep-alive HttpClient 5 client, and nothing else.
 *
 * <pre>java -cp httpclient5,httpcore5,slf4j,jackson jars BareLoop BASEURL N</pre>
 */
public final class BareLoop {
    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        int n = Integer.parseInt(args[1]);
        ObjectMapper json = new ObjectMapper();
        int passed = 0;
        int failed = 0;
        try (CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().build())
                .disableRedirectHandling().disableAutomaticRetries().disableContentCompression()
                .build()) {
            for (int i = 1; i <= n; i++) {
                final int expected = i;
                boolean ok = client.execute(new HttpGet(base + "/items/" + i), response -> {
                    String body = EntityUtils.toString(response.getEntity());
                    JsonNode id = json.readTree(body).get("id");
                    return response.getCode() == 200 && id != null && id.asLong() == expected;
                });
                if (ok) {
                    passed++;
                } else {
                    failed++;
                    System.out.println("FAIL item " + i);
                }
            }
        }
        System.out.println(passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }
}

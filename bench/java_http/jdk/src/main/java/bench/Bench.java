package bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.*;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.zip.GZIPInputStream;

/** java.net.http.HttpClient variant. Run: java -cp target/classes:$(cat cp.txt) bench.Bench */
public final class Bench {
    static final ObjectMapper M = new ObjectMapper();

    // ---------------------------------------------------------------- per-read idle timeout
    /**
     * InputStream over a response body publisher where every read waits at most idleMs for the next
     * chunk (no total timeout). On timeout the subscription is cancelled (closes the connection).
     * Usage: HttpResponse<Flow.Publisher<List<ByteBuffer>>> r = client.send(req, BodyHandlers.ofPublisher());
     *        InputStream in = IdleTimeoutInputStream.of(r.body(), idleMs);
     */
    public static final class IdleTimeoutInputStream extends InputStream implements Flow.Subscriber<List<ByteBuffer>> {
        private static final Object EOF = new Object();
        private final BlockingQueue<Object> q = new LinkedBlockingQueue<>();
        private final long idleMs;
        private volatile Flow.Subscription sub;
        private Iterator<ByteBuffer> it = Collections.emptyIterator();
        private ByteBuffer cur;
        private boolean done;

        private IdleTimeoutInputStream(long idleMs) { this.idleMs = idleMs; }
        public static InputStream of(Flow.Publisher<List<ByteBuffer>> p, long idleMs) {
            IdleTimeoutInputStream s = new IdleTimeoutInputStream(idleMs); p.subscribe(s); return s;
        }
        @Override public void onSubscribe(Flow.Subscription s) { sub = s; s.request(1); }
        @Override public void onNext(List<ByteBuffer> item) { q.add(item); }
        @Override public void onError(Throwable t) { q.add(t); }
        @Override public void onComplete() { q.add(EOF); }

        @SuppressWarnings("unchecked")
        private boolean fill() throws IOException {
            while (cur == null || !cur.hasRemaining()) {
                if (it.hasNext()) { cur = it.next(); continue; }
                if (done) return false;
                Object o;
                try { o = q.poll(idleMs, TimeUnit.MILLISECONDS); }
                catch (InterruptedException e) { Thread.currentThread().interrupt(); close(); throw new InterruptedIOException(); }
                if (o == null) { close(); throw new HttpTimeoutException("idle timeout: no data for " + idleMs + " ms"); }
                if (o == EOF) { done = true; return false; }
                if (o instanceof Throwable) { done = true; throw new IOException((Throwable) o); }
                it = ((List<ByteBuffer>) o).iterator();
                sub.request(1);
            }
            return true;
        }
        @Override public int read() throws IOException { return fill() ? cur.get() & 0xff : -1; }
        @Override public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (!fill()) return -1;
            int n = Math.min(len, cur.remaining()); cur.get(b, off, n); return n;
        }
        @Override public void close() { done = true; Flow.Subscription s = sub; if (s != null) s.cancel(); }
    }

    // ---------------------------------------------------------------- same-origin redirects
    static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme()) && Objects.equals(a.getHost(), b.getHost()) && port(a) == port(b);
    }
    static int port(URI u) { return u.getPort() != -1 ? u.getPort() : ("https".equals(u.getScheme()) ? 443 : 80); }

    /** Client must be built with Redirect.NEVER. Follows 3xx only within the original origin. */
    static <T> HttpResponse<T> sendSameOrigin(HttpClient c, HttpRequest req, HttpResponse.BodyHandler<T> h) throws IOException, InterruptedException {
        URI origin = req.uri();
        for (int hop = 0; ; hop++) {
            HttpResponse<T> resp = c.send(req, h);
            int code = resp.statusCode();
            Optional<String> loc = resp.headers().firstValue("Location");
            if (code < 300 || code > 308 || code == 304 || loc.isEmpty() || hop >= 10) return resp;
            URI next = req.uri().resolve(loc.get());
            if (!sameOrigin(origin, next)) return resp;
            // Java 11-compatible copy (HttpRequest.newBuilder(req, filter) exists only from Java 16)
            HttpRequest.Builder nb = HttpRequest.newBuilder(next);
            req.timeout().ifPresent(nb::timeout);
            req.version().ifPresent(nb::version);
            boolean keepMethod = code == 307 || code == 308 || req.method().equals("GET") || req.method().equals("HEAD");
            req.headers().map().forEach((k, vs) -> {
                if (!keepMethod && k.equalsIgnoreCase("Content-Type")) return;
                vs.forEach(v -> nb.header(k, v));
            });
            if (keepMethod) nb.method(req.method(), req.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
            else nb.GET();
            req = nb.build();
        }
    }

    // ---------------------------------------------------------------- multipart (hand-rolled; the JDK has none)
    static final class Multipart {
        final String boundary = "sdkgen-" + UUID.randomUUID();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private static String q(String s) { return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A"); }
        private void head(String disp, String ctype) {
            String h = "--" + boundary + "\r\nContent-Disposition: form-data; " + disp + "\r\n"
                + (ctype == null ? "" : "Content-Type: " + ctype + "\r\n") + "\r\n";
            out.writeBytes(h.getBytes(StandardCharsets.UTF_8));
        }
        Multipart field(String name, String value) {
            head("name=\"" + q(name) + "\"", null);
            out.writeBytes(value.getBytes(StandardCharsets.UTF_8)); out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            return this;
        }
        Multipart file(String name, String filename, String ctype, byte[] data) {
            head("name=\"" + q(name) + "\"; filename=\"" + q(filename) + "\"", ctype);
            out.writeBytes(data); out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            return this;
        }
        String contentType() { return "multipart/form-data; boundary=" + boundary; }
        HttpRequest.BodyPublisher publisher() {
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
        }
    }

    static HttpRequest jsonPost(String url, Object body) throws IOException {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer sk-test")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(M.writeValueAsBytes(body))).build();
    }

    static JsonNode call(HttpClient c, HttpRequest r) throws IOException, InterruptedException {
        HttpResponse<InputStream> resp = c.send(r, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = resp.body()) {
            if (resp.statusCode() / 100 != 2) throw new IOException("HTTP " + resp.statusCode());
            return M.readTree(in);
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.println("client: java.net.http.HttpClient, java " + System.getProperty("java.version"));
        try (TestServer srv = new TestServer()) {
            String base = srv.base();
            HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // default HTTP_2 would send h2c Upgrade headers on http://
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER) // the default
                .build();
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("model", "gpt-x"); payload.put("input", "hello"); payload.put("max_tokens", 16);

            // (a)
            for (int w = 0; w < 3000; w++) call(client, jsonPost(base + "/json", payload));
            for (int r = 0; r < rounds; r++) {
                long[] lat = new long[2000];
                long t0 = System.nanoTime();
                for (int i = 0; i < lat.length; i++) {
                    long s = System.nanoTime();
                    JsonNode n = call(client, jsonPost(base + "/json", payload));
                    if (!n.get("ok").asBoolean()) throw new AssertionError();
                    lat[i] = System.nanoTime() - s;
                }
                System.out.printf("(a) 2000 sequential POST: total=%.1fms %s%n", (System.nanoTime() - t0) / 1e6, TestServer.pct(lat));
            }

            // (b) 64 threads, sync send
            ExecutorService ex = Executors.newFixedThreadPool(64);
            for (int r = 0; r < rounds + 1; r++) {
                long t0 = System.nanoTime();
                List<Future<JsonNode>> fs = new ArrayList<>();
                for (int i = 0; i < 200; i++) fs.add(ex.submit(() -> call(client, jsonPost(base + "/slow", payload))));
                for (Future<JsonNode> f : fs) f.get();
                if (r > 0) System.out.printf("(b) 200 concurrent POST (64 threads, sync, server 10ms): wall=%.1fms%n", (System.nanoTime() - t0) / 1e6);
            }
            ex.shutdown();
            // (b') sendAsync, all 200 at once (JDK pool is unbounded for HTTP/1.1 by default)
            for (int r = 0; r < 3; r++) {
                long t0 = System.nanoTime();
                List<CompletableFuture<HttpResponse<byte[]>>> fs = new ArrayList<>();
                for (int i = 0; i < 200; i++) fs.add(client.sendAsync(jsonPost(base + "/slow", payload), HttpResponse.BodyHandlers.ofByteArray()));
                for (CompletableFuture<HttpResponse<byte[]>> f : fs) M.readTree(f.get().body());
                if (r > 0) System.out.printf("(b') 200 sendAsync at once: wall=%.1fms%n", (System.nanoTime() - t0) / 1e6);
            }

            // (c) multipart
            Multipart mp = new Multipart().field("model", "gpt-image-1")
                .file("image[]", "a.png", "image/png", TestServer.PNG)
                .file("image[]", "b.png", "image/png", TestServer.PNG)
                .file("mask", "my \"mask\".png", "image/png", TestServer.PNG);
            HttpResponse<String> up = client.send(HttpRequest.newBuilder(URI.create(base + "/upload"))
                .header("Content-Type", mp.contentType()).POST(mp.publisher()).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("(c) multipart server saw:\n" + up.body());

            // (d) SSE
            sse(client, base + "/sse?n=1000", 10_000, "1000 events, idle=10s");
            sse(client, base + "/sse?n=20&gapMs=200", 1000, "20 events x 200ms gap (4s total), idle=1s -> must succeed");
            sse(client, base + "/sse?n=20&stallAfter=5&stallMs=3000", 1000, "stall 3s after 5 events, idle=1s -> must time out ~1s");
            // What does HttpRequest.timeout() do on a streamed body? (JDK: only until headers arrive)
            for (String q : new String[]{"/sse?n=20&gapMs=200", "/sse?n=20&stallAfter=5&stallMs=3000"}) {
                long t0 = System.nanoTime(); int events = 0;
                try {
                    HttpResponse<InputStream> resp = client.send(HttpRequest.newBuilder(URI.create(base + q)).timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofInputStream());
                    try (BufferedReader br = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
                        String line; while ((line = br.readLine()) != null) if (line.startsWith("data: {")) events++;
                    }
                    System.out.printf("(d) HttpRequest.timeout(1s)+ofInputStream %s: completed events=%d in %.0fms (timeout NOT applied to body reads)%n", q, events, (System.nanoTime() - t0) / 1e6);
                } catch (IOException e) {
                    System.out.printf("(d) HttpRequest.timeout(1s)+ofInputStream %s: %s after %.0fms events=%d%n", q, e, (System.nanoTime() - t0) / 1e6, events);
                }
            }

            // (e) redirects
            HttpClient follow = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NORMAL).build();
            for (String p : new String[]{"/redir-same", "/redir-cross"}) {
                HttpRequest g = HttpRequest.newBuilder(URI.create(base + p)).header("Authorization", "Bearer sk-test").build();
                HttpResponse<String> r0 = client.send(g, HttpResponse.BodyHandlers.ofString());
                System.out.println("(e) default (Redirect.NEVER) " + p + " -> " + r0.statusCode() + " Location=" + r0.headers().firstValue("Location").orElse(null));
                HttpResponse<String> r1 = follow.send(g, HttpResponse.BodyHandlers.ofString());
                System.out.println("(e) Redirect.NORMAL GET " + p + " -> " + r1.statusCode() + " " + r1.body());
                HttpRequest pr = HttpRequest.newBuilder(URI.create(base + p)).header("Authorization", "Bearer sk-test").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
                HttpResponse<String> r2 = follow.send(pr, HttpResponse.BodyHandlers.ofString());
                System.out.println("(e) Redirect.NORMAL POST " + p + " -> " + r2.statusCode() + " " + r2.body());
                HttpResponse<String> r3 = sendSameOrigin(client, g, HttpResponse.BodyHandlers.ofString());
                System.out.println("(e) sendSameOrigin " + p + " -> " + r3.statusCode() + " Location=" + r3.headers().firstValue("Location").orElse(null) + " body=" + r3.body());
            }

            // (f) gzip
            HttpResponse<String> plain = client.send(HttpRequest.newBuilder(URI.create(base + "/gzip")).build(), HttpResponse.BodyHandlers.ofString());
            System.out.println("(f) no Accept-Encoding set by client: server saw " + plain.headers().firstValue("X-Seen-Accept-Encoding").orElse(null) + ", body='" + plain.body() + "'");
            HttpRequest gz = HttpRequest.newBuilder(URI.create(base + "/gzip")).header("Accept-Encoding", "gzip").build();
            {
                long t0 = System.nanoTime();
                HttpResponse<InputStream> resp = client.send(gz, HttpResponse.BodyHandlers.ofInputStream());
                HttpHeaders h = resp.headers();
                long raw = 0, dec = 0;
                try (InputStream in = decoded(resp)) { dec = in.transferTo(OutputStream.nullOutputStream()); }
                System.out.printf("(f) manual: Content-Encoding=%s Content-Length=%s (raw gzip bytes), decoded bytes via GZIPInputStream=%d in %.0fms%n",
                    h.firstValue("Content-Encoding").orElse(null), h.firstValue("Content-Length").orElse(null), dec, (System.nanoTime() - t0) / 1e6);
            }
            {
                HttpResponse<InputStream> resp = client.send(gz, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = new TestServer.CappedInputStream(decoded(resp), 1 << 20)) { in.readAllBytes(); System.out.println("(f) cap: NOT enforced"); }
                catch (IOException e) { System.out.println("(f) cap 1 MiB while reading: " + e.getMessage()); }
            }
        }
        System.exit(0);
    }

    /** The JDK client never decompresses: do it when Content-Encoding says so. */
    static InputStream decoded(HttpResponse<InputStream> resp) throws IOException {
        String ce = resp.headers().firstValue("Content-Encoding").orElse("identity");
        return ce.equalsIgnoreCase("gzip") ? new GZIPInputStream(resp.body(), 8192) : resp.body();
    }

    static void sse(HttpClient c, String url, long idleMs, String label) {
        long t0 = System.nanoTime();
        int events = 0;
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build();
            HttpResponse<Flow.Publisher<List<ByteBuffer>>> resp = c.send(req, HttpResponse.BodyHandlers.ofPublisher());
            try (BufferedReader br = new BufferedReader(new InputStreamReader(IdleTimeoutInputStream.of(resp.body(), idleMs), StandardCharsets.UTF_8))) {
                String line;
                while ((line = br.readLine()) != null) {
                    if (line.startsWith("data: ")) {
                        String d = line.substring(6);
                        if (d.equals("[DONE]")) break;
                        M.readTree(d);
                        events++;
                    }
                }
            }
            System.out.printf("(d) %s: OK events=%d in %.0fms%n", label, events, (System.nanoTime() - t0) / 1e6);
        } catch (IOException | InterruptedException e) {
            System.out.printf("(d) %s: %s after %.0fms (events=%d)%n", label, e, (System.nanoTime() - t0) / 1e6, events);
        }
    }
}

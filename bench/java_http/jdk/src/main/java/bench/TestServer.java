package bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/** In-process test server shared (identical copy) by both benchmark projects. */
public final class TestServer implements AutoCloseable {
    public final HttpServer a; // main origin
    public final HttpServer b; // "other origin" (different port) for redirect tests
    private final ExecutorService pool = Executors.newFixedThreadPool(256);
    public static final int GZIP_DECODED_BYTES = 50 * 1024 * 1024; // 50 MiB decoded
    private static byte[] gzipBody;

    public TestServer() throws IOException {
        a = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        b = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        a.setExecutor(pool);
        b.setExecutor(pool);
        a.createContext("/json", this::json);
        a.createContext("/slow", ex -> { sleep(10); json(ex); });
        a.createContext("/upload", this::upload);
        a.createContext("/sse", this::sse);
        a.createContext("/echo-auth", this::echoAuth);
        b.createContext("/echo-auth", this::echoAuth);
        a.createContext("/redir-same", ex -> redirect(ex, "/echo-auth"));
        a.createContext("/redir-cross", ex -> redirect(ex, "http://127.0.0.1:" + b.getAddress().getPort() + "/echo-auth"));
        a.createContext("/gzip", this::gzip);
        a.start();
        b.start();
    }

    public String base() { return "http://127.0.0.1:" + a.getAddress().getPort(); }

    static void sleep(long ms) { try { Thread.sleep(ms); } catch (InterruptedException e) { Thread.currentThread().interrupt(); } }

    static byte[] readAll(InputStream in) throws IOException { return in.readAllBytes(); }

    static void send(HttpExchange ex, int code, String ctype, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", ctype);
        ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        try (OutputStream os = ex.getResponseBody()) { os.write(body); }
    }

    void json(HttpExchange ex) throws IOException {
        byte[] in = readAll(ex.getRequestBody());
        send(ex, 200, "application/json", ("{\"ok\":true,\"received\":" + in.length + ",\"id\":\"abc\"}").getBytes(StandardCharsets.UTF_8));
    }

    void upload(HttpExchange ex) throws IOException {
        byte[] in = readAll(ex.getRequestBody());
        String s = new String(in, StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder();
        sb.append("request Content-Type: ").append(ex.getRequestHeaders().getFirst("Content-Type")).append('\n');
        sb.append("request Content-Length: ").append(ex.getRequestHeaders().getFirst("Content-Length"))
          .append(" Transfer-Encoding: ").append(ex.getRequestHeaders().getFirst("Transfer-Encoding")).append('\n');
        for (String line : s.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-", 0, 8)) sb.append("  part header: ").append(line).append('\n');
        }
        int pngs = 0, idx = 0;
        String sig = "\u0089PNG\r\n\u001a\n";
        while ((idx = s.indexOf(sig, idx)) >= 0) { pngs++; idx++; }
        // check the PNG bytes are intact: IEND chunk present after each signature
        int iend = 0; idx = 0;
        while ((idx = s.indexOf("IEND\u00aeB`\u0082", idx)) >= 0) { iend++; idx++; }
        sb.append("png signatures: ").append(pngs).append(", intact IEND trailers: ").append(iend).append('\n');
        send(ex, 200, "text/plain", sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** /sse?n=1000&gapMs=0&stallAfter=-1&stallMs=0 */
    void sse(HttpExchange ex) throws IOException {
        String q = ex.getRequestURI().getQuery();
        int n = param(q, "n", 1000), gap = param(q, "gapMs", 0), stallAfter = param(q, "stallAfter", -1), stallMs = param(q, "stallMs", 0);
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0); // chunked
        try (OutputStream os = ex.getResponseBody()) {
            for (int i = 0; i < n; i++) {
                if (i == stallAfter) sleep(stallMs);
                if (gap > 0) sleep(gap);
                os.write(("id: " + i + "\ndata: {\"i\":" + i + ",\"delta\":\"tok\"}\n\n").getBytes(StandardCharsets.UTF_8));
                os.flush();
            }
            os.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) { /* client went away */ }
    }

    static int param(String q, String k, int def) {
        if (q == null) return def;
        for (String kv : q.split("&")) { String[] p = kv.split("=", 2); if (p[0].equals(k)) return Integer.parseInt(p[1]); }
        return def;
    }

    void echoAuth(HttpExchange ex) throws IOException {
        readAll(ex.getRequestBody());
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        send(ex, 200, "text/plain", ("port=" + ex.getLocalAddress().getPort() + " method=" + ex.getRequestMethod() + " Authorization=" + auth).getBytes(StandardCharsets.UTF_8));
    }

    void redirect(HttpExchange ex, String loc) throws IOException {
        readAll(ex.getRequestBody());
        ex.getResponseHeaders().set("Location", loc);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    void gzip(HttpExchange ex) throws IOException {
        readAll(ex.getRequestBody());
        String ae = ex.getRequestHeaders().getFirst("Accept-Encoding");
        ex.getResponseHeaders().set("X-Seen-Accept-Encoding", String.valueOf(ae));
        if (ae == null || !ae.contains("gzip")) { send(ex, 200, "text/plain", "no gzip asked".getBytes(StandardCharsets.UTF_8)); return; }
        synchronized (TestServer.class) {
            if (gzipBody == null) {
                ByteArrayOutputStream bo = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
                    byte[] chunk = "{\"filler\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}\n".getBytes(StandardCharsets.UTF_8);
                    byte[] block = new byte[1024 * 1024];
                    for (int i = 0; i < block.length; i++) block[i] = chunk[i % chunk.length];
                    for (int i = 0; i < GZIP_DECODED_BYTES / block.length; i++) gz.write(block);
                }
                gzipBody = bo.toByteArray();
            }
        }
        ex.getResponseHeaders().set("Content-Encoding", "gzip");
        send(ex, 200, "application/json", gzipBody);
    }

    @Override public void close() { a.stop(0); b.stop(0); pool.shutdownNow(); }

    /** Shared helpers for both clients. */
    public static final byte[] PNG = java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /** InputStream wrapper that fails once more than max decoded bytes are read. */
    public static final class CappedInputStream extends java.io.FilterInputStream {
        private final long max; private long n;
        public CappedInputStream(InputStream in, long max) { super(in); this.max = max; }
        @Override public int read() throws IOException { int r = super.read(); if (r >= 0) add(1); return r; }
        @Override public int read(byte[] b, int off, int len) throws IOException { int r = super.read(b, off, len); if (r > 0) add(r); return r; }
        private void add(long k) throws IOException { n += k; if (n > max) throw new IOException("decoded body exceeds cap of " + max + " bytes"); }
    }

    public static String pct(long[] nanos) {
        long[] s = nanos.clone(); java.util.Arrays.sort(s);
        return String.format("p50=%.3fms p99=%.3fms max=%.3fms", s[s.length / 2] / 1e6, s[(int) (s.length * 0.99)] / 1e6, s[s.length - 1] / 1e6);
    }
}

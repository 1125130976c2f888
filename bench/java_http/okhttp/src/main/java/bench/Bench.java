package bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.*;
import okio.BufferedSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

/** OkHttp variant. Run: java -cp target/classes:$(cat cp.txt) bench.Bench */
public final class Bench {
    static final ObjectMapper M = new ObjectMapper();
    static final MediaType JSON = MediaType.get("application/json");

    static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
    }

    /** Follow redirects only within the same origin (scheme, host, port). Use with followRedirects(false). */
    static final Interceptor SAME_ORIGIN_REDIRECTS = chain -> {
        Request req = chain.request();
        HttpUrl origin = req.url();
        for (int hop = 0; ; hop++) {
            Response resp = chain.proceed(req);
            if (!resp.isRedirect() || hop >= 10) return resp;
            String loc = resp.header("Location");
            HttpUrl next = loc == null ? null : resp.request().url().resolve(loc);
            if (next == null || !sameOrigin(origin, next)) return resp; // hand the 3xx back to the caller
            int code = resp.code();
            resp.close();
            Request.Builder nb = req.newBuilder().url(next);
            boolean keepMethod = code == 307 || code == 308 || req.method().equals("GET") || req.method().equals("HEAD");
            if (!keepMethod) nb.method("GET", null).removeHeader("Content-Type").removeHeader("Content-Length");
            req = nb.build();
        }
    };

    static Request jsonPost(String url, Object body) throws IOException {
        return new Request.Builder().url(url).header("Authorization", "Bearer sk-test")
            .post(RequestBody.create(M.writeValueAsBytes(body), JSON)).build();
    }

    static JsonNode call(OkHttpClient c, Request r) throws IOException {
        try (Response resp = c.newCall(r).execute()) {
            if (!resp.isSuccessful()) throw new IOException("HTTP " + resp.code());
            return M.readTree(resp.body().byteStream());
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.println("client: OkHttp " + OkHttp.VERSION + ", java " + System.getProperty("java.version"));
        try (TestServer srv = new TestServer()) {
            String base = srv.base();
            OkHttpClient client = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10))   // per-read idle timeout (socket read), not total
                .callTimeout(Duration.ZERO)            // no total timeout
                .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
                .build();
            client.dispatcher().setMaxRequests(64);
            client.dispatcher().setMaxRequestsPerHost(64);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("model", "gpt-x"); payload.put("input", "hello"); payload.put("max_tokens", 16);

            // (a) sequential
            for (int w = 0; w < 3000; w++) call(client, jsonPost(base + "/json", payload)); // warm-up
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

            // (b) 200 concurrent over a pool of 64 threads (sync execute), server adds 10 ms per request
            ExecutorService ex = Executors.newFixedThreadPool(64);
            for (int r = 0; r < rounds + 1; r++) {
                long t0 = System.nanoTime();
                List<Future<JsonNode>> fs = new ArrayList<>();
                for (int i = 0; i < 200; i++) fs.add(ex.submit(() -> call(client, jsonPost(base + "/slow", payload))));
                for (Future<JsonNode> f : fs) f.get();
                if (r > 0) System.out.printf("(b) 200 concurrent POST (64 threads, sync, server 10ms): wall=%.1fms connections=%d%n", (System.nanoTime() - t0) / 1e6, client.connectionPool().connectionCount());
            }
            ex.shutdown();
            // (b') async enqueue: tuned dispatcher (64/host) vs OkHttp default (5/host)
            for (int maxPerHost : new int[]{64, 5}) {
                OkHttpClient c2 = client.newBuilder().dispatcher(new Dispatcher()).build();
                c2.dispatcher().setMaxRequests(64); c2.dispatcher().setMaxRequestsPerHost(maxPerHost);
                for (int r = 0; r < 3; r++) {
                    CountDownLatch latch = new CountDownLatch(200);
                    AtomicInteger errs = new AtomicInteger();
                    long t0 = System.nanoTime();
                    for (int i = 0; i < 200; i++) c2.newCall(jsonPost(base + "/slow", payload)).enqueue(new Callback() {
                        public void onFailure(Call call, IOException e) { errs.incrementAndGet(); latch.countDown(); }
                        public void onResponse(Call call, Response resp) { try (resp) { M.readTree(resp.body().byteStream()); } catch (IOException e) { errs.incrementAndGet(); } latch.countDown(); }
                    });
                    latch.await();
                    if (r > 0) System.out.printf("(b') 200 async enqueue, maxRequestsPerHost=%d: wall=%.1fms errors=%d%n", maxPerHost, (System.nanoTime() - t0) / 1e6, errs.get());
                }
            }

            // (c) multipart
            RequestBody png = RequestBody.create(TestServer.PNG, MediaType.get("image/png"));
            MultipartBody mp = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("model", "gpt-image-1")
                .addFormDataPart("image[]", "a.png", png)
                .addFormDataPart("image[]", "b.png", png)
                .addFormDataPart("mask", "my \"mask\".png", RequestBody.create(TestServer.PNG, MediaType.get("image/png")))
                .build();
            try (Response resp = client.newCall(new Request.Builder().url(base + "/upload").post(mp).build()).execute()) {
                System.out.println("(c) multipart server saw:\n" + resp.body().string());
            }

            // (d) SSE, line by line, per-read idle timeout
            sse(client, base + "/sse?n=1000", "1000 events, readTimeout=10s");
            OkHttpClient idle1s = client.newBuilder().readTimeout(Duration.ofSeconds(1)).build();
            sse(idle1s, base + "/sse?n=20&gapMs=200", "20 events x 200ms gap (4s total), readTimeout=1s -> must succeed");
            sse(idle1s, base + "/sse?n=20&stallAfter=5&stallMs=3000", "stall 3s after 5 events, readTimeout=1s -> must time out ~1s");
            // per-request override via application interceptor (chain.withReadTimeout), shares pool
            OkHttpClient perReq = client.newBuilder().addInterceptor(ch -> {
                String t = ch.request().header("X-Idle-Timeout-Ms");
                return t == null ? ch.proceed(ch.request()) : ch.withReadTimeout(Integer.parseInt(t), TimeUnit.MILLISECONDS)
                    .proceed(ch.request().newBuilder().removeHeader("X-Idle-Timeout-Ms").build());
            }).build();
            sseReq(perReq, new Request.Builder().url(base + "/sse?n=20&stallAfter=5&stallMs=3000").header("X-Idle-Timeout-Ms", "1000").build(), "same stall, per-request chain.withReadTimeout(1s)");

            // (e) redirects
            for (String p : new String[]{"/redir-same", "/redir-cross"}) {
                Request r = new Request.Builder().url(base + p).header("Authorization", "Bearer sk-test").build();
                try (Response resp = client.newCall(r).execute()) {
                    System.out.println("(e) default followRedirects=true " + p + " -> " + resp.code() + " " + resp.body().string());
                }
                Request pr = new Request.Builder().url(base + p).header("Authorization", "Bearer sk-test").post(RequestBody.create("{}", JSON)).build();
                try (Response resp = client.newCall(pr).execute()) {
                    System.out.println("(e) default, POST " + p + " -> " + resp.code() + " " + resp.body().string());
                }
            }
            OkHttpClient so = client.newBuilder().followRedirects(false).followSslRedirects(false).addInterceptor(SAME_ORIGIN_REDIRECTS).build();
            for (String p : new String[]{"/redir-same", "/redir-cross"}) {
                Request r = new Request.Builder().url(base + p).header("Authorization", "Bearer sk-test").build();
                try (Response resp = so.newCall(r).execute()) {
                    System.out.println("(e) same-origin interceptor " + p + " -> " + resp.code() + " Location=" + resp.header("Location") + " body=" + resp.body().string());
                }
            }

            // (f) gzip
            try (Response resp = client.newCall(new Request.Builder().url(base + "/gzip").build()).execute()) {
                long t0 = System.nanoTime();
                long n = 0; byte[] buf = new byte[65536]; int k;
                InputStream in = resp.body().byteStream();
                while ((k = in.read(buf)) > 0) n += k;
                System.out.printf("(f) gzip: client sent Accept-Encoding=%s; visible Content-Encoding=%s Content-Length=%s body.contentLength()=%d; decoded bytes read=%d in %.0fms%n",
                    resp.header("X-Seen-Accept-Encoding"), resp.header("Content-Encoding"), resp.header("Content-Length"), resp.body().contentLength(), n, (System.nanoTime() - t0) / 1e6);
                System.out.println("(f) networkResponse Content-Encoding=" + resp.networkResponse().header("Content-Encoding") + " Content-Length=" + resp.networkResponse().header("Content-Length"));
            }
            try (Response resp = client.newCall(new Request.Builder().url(base + "/gzip").build()).execute()) {
                InputStream in = new TestServer.CappedInputStream(resp.body().byteStream(), 1 << 20);
                try { in.readAllBytes(); System.out.println("(f) cap: NOT enforced"); }
                catch (IOException e) { System.out.println("(f) cap 1 MiB while reading: " + e.getMessage()); }
            }
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
        System.exit(0);
    }

    static void sse(OkHttpClient c, String url, String label) {
        sseReq(c, new Request.Builder().url(url).header("Accept", "text/event-stream").build(), label);
    }

    static void sseReq(OkHttpClient c, Request r, String label) {
        long t0 = System.nanoTime();
        int events = 0;
        try (Response resp = c.newCall(r).execute()) {
            BufferedSource src = resp.body().source();
            String line;
            while ((line = src.readUtf8Line()) != null) {
                if (line.startsWith("data: ")) {
                    String d = line.substring(6);
                    if (d.equals("[DONE]")) break;
                    M.readTree(d);
                    events++;
                }
            }
            System.out.printf("(d) %s: OK events=%d in %.0fms%n", label, events, (System.nanoTime() - t0) / 1e6);
        } catch (IOException e) {
            System.out.printf("(d) %s: %s after %.0fms (events=%d)%n", label, e, (System.nanoTime() - t0) / 1e6, events);
        }
    }
}

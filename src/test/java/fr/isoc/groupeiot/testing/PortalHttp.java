package fr.isoc.groupeiot.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Plain HTTP against the test stack's portal, as a shared cache or a feed reader sees it: no cookies, no redirects followed. */
public final class PortalHttp {

    public static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private PortalHttp() {
    }

    /** A GET of a path of the portal, e.g. {@code /fr/presse}, to add headers to. */
    public static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(PortalStack.get().baseUrl() + path)).GET();
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}

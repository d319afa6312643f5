package fr.isoc.groupeiot.platform.web;

import fr.isoc.groupeiot.platform.config.PortalSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The header rules that are easy to get subtly wrong: HSTS, and when the default CSP is (not) added. */
class SecurityHeadersFilterTest {

    private final Map<String, List<String>> headers = new LinkedHashMap<>();

    @Test
    void sendsHstsWhenThePublicAddressIsHttpsEvenBehindATlsTerminatingProxy() throws Exception {
        run(filter("https://iot.example.test"), false, response -> { });

        assertThat(headers.get("Strict-Transport-Security")).containsExactly("max-age=31536000; includeSubDomains");
    }

    @Test
    void sendsNoHstsOverPlainHttp() throws Exception {
        run(filter("http://127.0.0.1:8080"), false, response -> { });

        assertThat(headers).doesNotContainKey("Strict-Transport-Security");
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
    }

    @Test
    void addsTheStrictPolicyToABodyWhenNothingSetOne() throws Exception {
        run(filter("http://127.0.0.1:8080"), false, HttpServletResponse::getOutputStream);

        assertThat(headers.get("Content-Security-Policy")).containsExactly(ContentSecurityPolicy.NON_PAGE_POLICY);
    }

    @Test
    void leavesThePagePolicyAloneWhenPrimeFacesSetsOne() throws Exception {
        run(filter("http://127.0.0.1:8080"), false, response -> {
            response.addHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-abc';");
            response.getWriter();
        });

        assertThat(headers.get("Content-Security-Policy")).containsExactly("default-src 'self'; script-src 'self' 'nonce-abc';");
    }

    @Test
    void leavesErrorResponsesToTheErrorPageWhichSetsItsOwnPolicy() throws Exception {
        run(filter("http://127.0.0.1:8080"), false, response -> response.sendError(404));

        assertThat(headers).doesNotContainKey("Content-Security-Policy");
    }

    @Test
    void keepsSignedInPagesOutOfEveryCache() throws Exception {
        run(filter("http://127.0.0.1:8080"), true, response -> { });

        assertThat(headers.get("Cache-Control")).containsExactly("private, no-store");
    }

    private static SecurityHeadersFilter filter(String publicBaseUrl) {
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.settings = new PortalSettings() {
            @Override
            public String getPublicBaseUrl() {
                return publicBaseUrl;
            }
        };
        return filter;
    }

    private void run(SecurityHeadersFilter filter, boolean signedIn, ResponseAction action) throws Exception {
        HttpServletRequest request = fake(HttpServletRequest.class, (name, args) -> switch (name) {
            case "isSecure" -> false;
            case "getUserPrincipal" -> signedIn ? (java.security.Principal) () -> "member" : null;
            default -> null;
        });
        HttpServletResponse response = fake(HttpServletResponse.class, (name, args) -> switch (name) {
            case "setHeader" -> {
                headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                yield null;
            }
            case "addHeader" -> {
                headers.computeIfAbsent((String) args[0], k -> new ArrayList<>()).add((String) args[1]);
                yield null;
            }
            case "containsHeader" -> headers.containsKey((String) args[0]);
            case "isCommitted" -> false;
            case "getOutputStream" -> null;
            case "getWriter" -> null;
            default -> null;
        });
        FilterChain chain = (req, res) -> {
            try {
                action.apply((HttpServletResponse) res);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        filter.doFilter(request, response, chain);
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> answer.answer(method.getName(), args));
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private interface ResponseAction {
        void apply(HttpServletResponse response) throws Exception;
    }
}

package fr.isoc.groupeiot.platform.security;

import java.util.regex.Pattern;

/** Keeps "return to where you were" parameters on this site, so that they cannot be used as an open redirect. */
public final class SafeRedirect {

    private static final Pattern LOCAL_PATH = Pattern.compile("^/(?![/\\\\])[\\p{Alnum}\\-._~%!$&'()*+,;=:@/?]*$");

    private SafeRedirect() {
    }

    /** The given path if it is a path on this site, otherwise the fallback. */
    public static String localPathOr(String candidate, String fallback) {
        if (candidate == null || candidate.length() > 2000 || !LOCAL_PATH.matcher(candidate).matches()) {
            return fallback;
        }
        return candidate;
    }
}

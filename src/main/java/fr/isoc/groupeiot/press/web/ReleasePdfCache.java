package fr.isoc.groupeiot.press.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last release PDFs made, by what they were made of (release version and contacts' versions): a change makes a
 * new key, so nothing is ever stale; the least recently used fall out. A few hundred kB each, at most 32 kept.
 */
@ApplicationScoped
public class ReleasePdfCache {

    private static final int KEPT = 32;

    private final Map<String, byte[]> made = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    /** The PDF for this fingerprint, made once (two first requests at once may both make it: harmless). */
    public byte[] get(String fingerprint, Supplier<byte[]> make) {
        synchronized (made) {
            byte[] known = made.get(fingerprint);
            if (known != null) {
                return known;
            }
        }
        byte[] pdf = make.get();
        synchronized (made) {
            made.put(fingerprint, pdf);
        }
        return pdf;
    }
}

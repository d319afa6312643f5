package fr.isoc.groupeiot.cms;

import fr.isoc.groupeiot.platform.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Search of published content in the visitor's language. On PostgreSQL: its full-text search with the French or
 * English configuration (stemming, ranking), OR-ed with a match of the accent-free text on
 * the portal's own stems, so that "securite" finds "sécurité" and "sécurité" finds "sécuriser". On the embedded H2
 * database: the same accent-free stems, matched and ranked here (H2 is the single-node, small-data default).
 */
@ApplicationScoped
public class ContentSearch {

    /** Markers put around matches, replaced by {@code <mark>} once the excerpt is HTML-escaped. */
    private static final char START = '\u0001';
    private static final char STOP = '\u0002';
    private static final int EXCERPT_CHARS = 220;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private volatile Boolean postgres;

    public record Hit(ContentItem item, String excerptHtml) {
    }

    public record Results(List<Hit> hits, long total) {
        public static final Results NONE = new Results(List.of(), 0);
    }

    @Transactional
    public Results search(Language language, String query, int first, int size) {
        List<String> terms = SearchText.terms(query);
        if (terms.isEmpty()) {
            return Results.NONE;
        }
        return isPostgres() ? postgres(language, query, terms, first, size) : embedded(language, terms, first, size);
    }

    private Results postgres(Language language, String query, List<String> terms, int first, int size) {
        String config = language == Language.FRENCH ? "french" : "english";
        // Only letters and digits reach to_tsquery (terms() keeps nothing else), joined here: no syntax to inject.
        String stems = terms.stream().map(t -> SearchText.stem(t) + ":*").collect(Collectors.joining(" & "));
        String words = Arrays.stream(query.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 2)
                .limit(SearchText.MAX_TERMS).map(w -> w.toLowerCase(Locale.ROOT) + ":*")
                .collect(Collectors.joining(" & "));
        // Embargoed releases stay out of search until their time, like everywhere else (Contents.PUBLIC).
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String matches = """
                FROM content_item i,
                     LATERAL (SELECT to_tsquery(CAST(?1 AS regconfig), ?2) || to_tsquery('simple', ?3) AS q) query
                WHERE i.language = ?4 AND i.status = 'PUBLISHED' AND (i.embargo_until IS NULL OR i.embargo_until <= ?5)
                  AND (to_tsvector(CAST(?1 AS regconfig), i.title || ' ' || COALESCE(i.summary, '') || ' ' || i.body_text)
                       || to_tsvector('simple', i.search_text)) @@ query.q""";
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) " + matches)
                .setParameter(1, config).setParameter(2, words.isEmpty() ? stems : words).setParameter(3, stems)
                .setParameter(4, language.code()).setParameter(5, now)
                .getSingleResult()).longValue();
        if (total == 0) {
            return Results.NONE;
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT i.id " + matches + """
                         ORDER BY ts_rank(to_tsvector(CAST(?1 AS regconfig), i.title), query.q) * 4
                                + ts_rank(to_tsvector(CAST(?1 AS regconfig), i.body_text) || to_tsvector('simple', i.search_text), query.q) DESC,
                                  i.published_at DESC
                        """)
                .setParameter(1, config).setParameter(2, words.isEmpty() ? stems : words).setParameter(3, stems)
                .setParameter(4, language.code()).setParameter(5, now)
                .setFirstResult(first).setMaxResults(size)
                .getResultList();
        Map<Long, ContentItem> items = load(ids.stream().map(id -> ((Number) id).longValue()).toList());
        // Excerpts are marked here rather than by ts_headline, which misses "sécurité" for a query typed "securite".
        List<String> stemList = terms.stream().map(SearchText::stem).toList();
        List<Hit> hits = new ArrayList<>();
        for (Object id : ids) {
            ContentItem item = items.get(((Number) id).longValue());
            hits.add(new Hit(item, highlight(excerpt(item.getBodyText(), stemList))));
        }
        return new Results(hits, total);
    }

    private Results embedded(Language language, List<String> terms, int first, int size) {
        List<String> stems = terms.stream().map(SearchText::stem).toList();
        List<ContentItem> candidates = em.createQuery(
                        "SELECT i FROM ContentItem i WHERE i.language = :language AND " + Contents.PUBLIC, ContentItem.class)
                .setParameter("language", language.code())
                .setParameter("published", ContentStatus.PUBLISHED)
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .getResultList();
        record Scored(ContentItem item, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (ContentItem item : candidates) {
            String text = " " + SearchText.normalise(item.getTitle() + " " + (item.getSummary() == null ? "" : item.getSummary())
                    + " " + item.getBodyText() + " " + item.getTagsText());
            String title = " " + SearchText.normalise(item.getTitle());
            int score = 0;
            boolean all = true;
            for (String stem : stems) {
                int inText = count(text, " " + stem);
                all &= inText > 0;
                score += inText + 4 * count(title, " " + stem);
            }
            if (all) {
                scored.add(new Scored(item, score));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(s -> s.item().getPublishedAt(), Comparator.nullsLast(Comparator.reverseOrder())));
        List<Hit> hits = scored.stream().skip(first).limit(size)
                .map(s -> new Hit(s.item(), highlight(excerpt(s.item().getBodyText(), stems)))).toList();
        return new Results(hits, scored.size());
    }

    /** A stretch of the text around the first match, with every matching word between markers. */
    static String excerpt(String text, List<String> stems) {
        String[] words = text.split(" ");
        int firstMatch = -1;
        StringBuilder marked = new StringBuilder();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String folded = SearchText.normalise(words[i]);
            boolean match = !folded.isEmpty() && Arrays.stream(folded.split(" "))
                    .anyMatch(token -> stems.stream().anyMatch(token::startsWith));
            if (match && firstMatch < 0) {
                firstMatch = i;
            }
            out.add(match ? START + words[i] + STOP : words[i]);
        }
        int from = Math.max(0, firstMatch - 12);
        for (int i = from; i < out.size() && marked.length() < EXCERPT_CHARS; i++) {
            marked.append(out.get(i)).append(' ');
        }
        return (from > 0 ? "… " : "") + marked.toString().strip() + (marked.length() >= EXCERPT_CHARS ? " …" : "");
    }

    /** HTML-escapes the excerpt, then turns the match markers into {@code <mark>}. */
    static String highlight(String excerpt) {
        if (excerpt == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(excerpt.length() + 32);
        for (char c : excerpt.toCharArray()) {
            switch (c) {
                case START -> html.append("<mark>");
                case STOP -> html.append("</mark>");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    private static int count(String text, String prefix) {
        int count = 0;
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + prefix.length())) {
            count++;
        }
        return count;
    }

    private Map<Long, ContentItem> load(List<Long> ids) {
        return em.createQuery("SELECT i FROM ContentItem i WHERE i.id IN :ids", ContentItem.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(ContentItem::getId, Function.identity()));
    }

    private boolean isPostgres() {
        if (postgres == null) {
            try {
                Connection connection = em.unwrap(Connection.class);
                postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return postgres;
    }
}

package fr.isoc.groupeiot.cms;

import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The HTML that CMS editors write in the rich text editor (PrimeFaces' Quill 2), reduced to what the portal renders,
 * and its plain text for search, excerpts and revision diffs.
 */
public final class RichText {

    private static final String EXTERNAL_LINK_RELS = "nofollow noopener noreferrer";

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,4}");
    private static final Pattern QUILL_CLASS = Pattern.compile("ql-(align-(center|right|justify)|indent-[1-8])");
    private static final Pattern ABSOLUTE_HTTP = Pattern.compile("^https?://[^/\\\\?#].*", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAILTO = Pattern.compile("^mailto:.+", Pattern.CASE_INSENSITIVE);
    // Browsers read "/\host" as "//host", another site.
    private static final Pattern SITE_RELATIVE = Pattern.compile("^/(?![/\\\\]).*");
    // ".." and its percent-encoded forms would let a /media/ URL point anywhere on the site.
    private static final Pattern MEDIA_PATH = Pattern.compile("^/media/(?!.*(\\.\\.|%2e|\\\\)).+", Pattern.CASE_INSENSITIVE);
    // A library image copied from a page of the portal comes with the site's address: kept as its path.
    private static final Pattern ABSOLUTE_MEDIA_URL = Pattern.compile("^(?:https?:)?//[^/?#\\\\]+(/media/[0-9a-f]{64}/[^?#]*)$");
    // Browsers skip tabs and newlines in URLs ("/<tab>/host" is "//host"). The library percent-encodes them before our
    // predicates run; refusing them too keeps the rule from depending on that.
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x20\\x7f]");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200b\\ufeff]");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.!?\\-–—]+$");

    // Tags that sit inside a line of text; every other tag separates words in the plain text.
    private static final Set<String> INLINE = Set.of("a", "strong", "em", "b", "i", "u", "s", "sub", "sup", "code");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h2", "h3", "h4", "p", "br", "hr", "ul", "ol", "li",
                    "strong", "em", "b", "i", "u", "s", "sub", "sup", "blockquote", "code", "pre",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            // The page's title is its only h1.
            .allowElements((name, attributes) -> "h2", "h1")
            .allowElements(RichText::linkWithRels, "a")
            .allowElements(RichText::imageWithSourceAndAlt, "img")
            // The protocol filter comes on top of the href and src predicates below, which are the real rule.
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(RichText::isAllowedHref).onElements("a")
            .allowAttributes("src").matching(RichText::isMediaLibraryUrl).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(DIGITS).onElements("img")
            .allowAttributes("scope").matching(true, "col", "row").onElements("th")
            .allowAttributes("colspan", "rowspan").matching(DIGITS).onElements("th", "td")
            .allowAttributes("class").matching(quillFormattingClasses()).onElements("p", "li", "h1", "h2", "h3", "h4")
            .withPreprocessor(QuillMarkup::new)
            .toFactory();

    private RichText() {
    }

    /** The editor's HTML reduced to the portal's allow-list; "" for null. */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** The words of the HTML once sanitized, entities decoded, one space between words and between blocks. */
    public static String plainText(String html) {
        if (html == null) {
            return "";
        }
        var text = new TextCollector();
        HtmlSanitizer.sanitize(html, POLICY.apply(text), QuillMarkup::new);
        return WHITESPACE.matcher(INVISIBLE.matcher(text.text).replaceAll("")).replaceAll(" ").strip();
    }

    /** The plain text, cut at a word boundary and ended with "…" when longer than maxChars (the "…" included). */
    public static String excerpt(String html, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("An excerpt needs room for at least one character and the ellipsis");
        }
        String text = plainText(html);
        if (text.length() <= maxChars) {
            return text;
        }
        int limit = maxChars - 1;
        int cut = text.charAt(limit) == ' ' ? limit : text.lastIndexOf(' ', limit);
        String kept = cut > 0 ? text.substring(0, cut) : text.substring(0, limit);
        String trimmed = TRAILING_PUNCTUATION.matcher(kept).replaceAll("");
        return (trimmed.isEmpty() ? kept : trimmed) + "…";
    }

    private static boolean isAllowedHref(String url) {
        if (CONTROL_CHARACTERS.matcher(url).find()) {
            return false;
        }
        return ABSOLUTE_HTTP.matcher(url).matches() || MAILTO.matcher(url).matches()
                || SITE_RELATIVE.matcher(url).matches();
    }

    private static boolean isMediaLibraryUrl(String url) {
        return !CONTROL_CHARACTERS.matcher(url).find() && MEDIA_PATH.matcher(url).matches();
    }

    private static AttributePolicy quillFormattingClasses() {
        return (element, attribute, value) -> {
            String kept = Arrays.stream(value.trim().split("\\s+"))
                    .filter(name -> QUILL_CLASS.matcher(name).matches())
                    .distinct()
                    .collect(Collectors.joining(" "));
            return kept.isEmpty() ? null : kept;
        };
    }

    // requireRelsOnLinks would add the rels to site-relative links too; only links leaving the site need them.
    private static String linkWithRels(String name, List<String> attributes) {
        String href = attribute(attributes, "href");
        if (href == null) {
            return null;
        }
        if (ABSOLUTE_HTTP.matcher(href).matches()) {
            attributes.add("rel");
            attributes.add(EXTERNAL_LINK_RELS);
        }
        return name;
    }

    // The attribute policies have already dropped a src outside the media library (and any srcset given); an image
    // without one, or without a text alternative, is dropped whole. A kept one loads lazily, and at the size it is
    // shown when the library has smaller copies of it (known from its width and height, given when inserted).
    private static String imageWithSourceAndAlt(String name, List<String> attributes) {
        String src = attribute(attributes, "src");
        if (src == null || attribute(attributes, "alt") == null) {
            return null;
        }
        ResponsiveImage image = ResponsiveImage.ofBodyImage(src, number(attribute(attributes, "width")),
                number(attribute(attributes, "height")));
        if (image.srcset() != null) {
            attributes.addAll(List.of("srcset", image.srcset(), "sizes", image.sizes()));
        }
        attributes.addAll(List.of("loading", "lazy", "decoding", "async"));
        return name;
    }

    private static Integer number(String digits) {
        return digits == null || !DIGITS.matcher(digits).matches() ? null : Integer.valueOf(digits);
    }

    private static String attribute(List<String> attributes, String wanted) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(wanted)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }

    /** Collects the text that survives the policy, with a space wherever a block starts or ends. */
    private static final class TextCollector implements HtmlStreamEventReceiver {

        private final StringBuilder text = new StringBuilder();

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            separateBlock(name);
        }

        @Override
        public void closeTag(String name) {
            separateBlock(name);
        }

        @Override
        public void text(String chunk) {
            text.append(chunk);
        }

        private void separateBlock(String name) {
            if (!INLINE.contains(name)) {
                text.append(' ');
            }
        }
    }

    /**
     * Quill 2's editor markup (what PrimeFaces submits: the editor's innerHTML, not Quill's getSemanticHTML) turned
     * into the semantic HTML the policy keeps. Runs before the policy, so whatever it emits is still checked.
     * <ul>
     * <li>Every list is an {@code ol} whose items say {@code data-list="bullet|ordered"}: without this, bullet
     * lists would come out numbered once data-list is dropped. Mixed items split the list.</li>
     * <li>A code block is a {@code div.ql-code-block-container} of one {@code div.ql-code-block} per line: it
     * becomes a {@code pre} with a line break per line, rather than lines run together.</li>
     * </ul>
     */
    private static final class QuillMarkup implements HtmlStreamEventReceiver {

        private static final String CODE_LINE = "";

        private final HtmlStreamEventReceiver policy;
        /** The open ol/ul elements, innermost first. */
        private final Deque<OpenList> lists = new ArrayDeque<>();
        /** Per open div: what to emit when it closes ("pre", CODE_LINE or "div"). */
        private final Deque<String> divs = new ArrayDeque<>();

        QuillMarkup(HtmlStreamEventReceiver policy) {
            this.policy = policy;
        }

        @Override
        public void openDocument() {
            policy.openDocument();
        }

        @Override
        public void closeDocument() {
            policy.closeDocument();
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            if (name.equals("img")) {
                siteRelativeMediaSource(attributes);
            }
            if (name.equals("li")) {
                openListFor(attribute(attributes, "data-list"));
                policy.openTag(name, attributes);
                return;
            }
            // An empty code line is a br in its div; the line's own break already stands for it.
            if (name.equals("br") && CODE_LINE.equals(divs.peek())) {
                return;
            }
            emitPendingList();
            switch (name) {
                case "ol" -> lists.push(new OpenList(null));
                case "ul" -> {
                    lists.push(new OpenList("ul"));
                    policy.openTag(name, attributes);
                }
                case "div" -> openDiv(attributes);
                default -> policy.openTag(name, attributes);
            }
        }

        @Override
        public void closeTag(String name) {
            switch (name) {
                case "ol", "ul" -> {
                    OpenList list = lists.poll();
                    if (list == null) {
                        policy.closeTag(name);
                    } else if (list.tag != null) {
                        policy.closeTag(list.tag);
                    }
                }
                case "div" -> {
                    String closing = divs.poll();
                    if (CODE_LINE.equals(closing)) {
                        policy.text("\n");
                    } else {
                        policy.closeTag(closing == null ? name : closing);
                    }
                }
                default -> policy.closeTag(name);
            }
        }

        @Override
        public void text(String text) {
            if (!text.isBlank()) {
                emitPendingList();
            }
            policy.text(text);
        }

        private static void siteRelativeMediaSource(List<String> attributes) {
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                if (attributes.get(i).equals("src")) {
                    Matcher absolute = ABSOLUTE_MEDIA_URL.matcher(attributes.get(i + 1));
                    if (absolute.matches()) {
                        attributes.set(i + 1, absolute.group(1));
                    }
                }
            }
        }

        private void openListFor(String quillListType) {
            OpenList list = lists.peek();
            if (list == null) {
                return;
            }
            String wanted = switch (quillListType == null ? "" : quillListType) {
                case "ordered" -> "ol";
                case "bullet", "checked", "unchecked" -> "ul";
                default -> list.tag == null ? "ol" : list.tag;
            };
            if (wanted.equals(list.tag)) {
                return;
            }
            if (list.tag != null) {
                policy.closeTag(list.tag);
            }
            list.tag = wanted;
            policy.openTag(wanted, new ArrayList<>());
        }

        private void emitPendingList() {
            OpenList list = lists.peek();
            if (list != null && list.tag == null) {
                list.tag = "ol";
                policy.openTag("ol", new ArrayList<>());
            }
        }

        private void openDiv(List<String> attributes) {
            List<String> classes = List.of(String.valueOf(attribute(attributes, "class")).split("\\s+"));
            if (classes.contains("ql-code-block-container")) {
                divs.push("pre");
                policy.openTag("pre", new ArrayList<>());
            } else if (classes.contains("ql-code-block")) {
                divs.push(CODE_LINE);
            } else {
                divs.push("div");
                policy.openTag("div", attributes);
            }
        }

        /** An ol or ul, and the tag emitted for it: null until a Quill ol's first item says which. */
        private static final class OpenList {

            private String tag;

            OpenList(String tag) {
                this.tag = tag;
            }
        }
    }
}

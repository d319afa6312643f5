package fr.isoc.groupeiot.cms;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What changed between two revisions of a text, word by word (callers pass RichText.plainText of each). */
public final class WordDiff {

    public enum Kind { SAME, ADDED, REMOVED }

    /** A run of words of one kind, joined with single spaces. */
    public record Segment(Kind kind, String text) {
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private WordDiff() {
    }

    /** The segments in reading order; a replaced run reads as its removed words, then its added words. */
    public static List<Segment> between(String oldText, String newText) {
        List<String> oldWords = words(oldText);
        List<String> newWords = words(newText);
        var segments = new Segments();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldWords, newWords).getDeltas()) {
            segments.add(Kind.SAME, oldWords.subList(position, delta.getSource().getPosition()));
            segments.add(Kind.REMOVED, delta.getSource().getLines());
            segments.add(Kind.ADDED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        segments.add(Kind.SAME, oldWords.subList(position, oldWords.size()));
        return segments.build();
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(WHITESPACE.split(text.strip()));
    }

    /** Merges consecutive words of the same kind into one segment. */
    private static final class Segments {

        private final List<Segment> segments = new ArrayList<>();
        private Kind kind;
        private final List<String> words = new ArrayList<>();

        void add(Kind wordsKind, List<String> more) {
            if (more.isEmpty()) {
                return;
            }
            if (wordsKind != kind) {
                flush();
                kind = wordsKind;
            }
            words.addAll(more);
        }

        List<Segment> build() {
            flush();
            return List.copyOf(segments);
        }

        private void flush() {
            if (!words.isEmpty()) {
                segments.add(new Segment(kind, String.join(" ", words)));
                words.clear();
            }
        }
    }
}

package fr.isoc.groupeiot.guides;

import java.time.YearMonth;
import java.util.List;

/**
 * The figures behind the group's launch: the OpinionWay survey for the Internet Society France Chapter (June 2018,
 * 1,027 adults living in France) and Gartner's forecast of connected things. One place for the numbers, which the
 * survey page and the home page both show.
 */
public final class SurveyFigures {

    public static final int SAMPLE_SIZE = 1027;
    public static final YearMonth FIELDWORK = YearMonth.of(2018, 6);
    /** Gartner's forecast of connected things in use in 2020, in billions. */
    public static final double CONNECTED_THINGS_2020_BILLIONS = 20.4;
    /** …which is more than this many times the world population. */
    public static final double TIMES_WORLD_POPULATION = 2.5;

    /** Whom a share is of: all adults surveyed, or the 18–30-year-olds among them. */
    public enum Population {
        ADULTS, AGED_18_TO_30
    }

    /** A share of respondents, in percent; its key names its texts in the bundles ({@code survey.share.<key>.*}). */
    public record Share(String key, int percent, Population population) {

        public double fraction() {
            return percent / 100.0;
        }
    }

    /** Largest first, as the chart shows them. */
    public static final List<Share> SHARES = List.of(
            new Share("risk", 76, Population.ADULTS),
            new Share("label", 50, Population.ADULTS),
            new Share("young", 30, Population.AGED_18_TO_30));

    private SurveyFigures() {
    }
}

package fr.isoc.groupeiot.guides.web;

import fr.isoc.groupeiot.guides.SurveyFigures;
import fr.isoc.groupeiot.platform.web.FacesMessages;
import fr.isoc.groupeiot.platform.web.Revalidation;
import fr.isoc.groupeiot.platform.web.PageContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * The 2018 survey figures ({@code /fr/enquete}) and their block on the home page: a bar chart (Chart.js through
 * PrimeFaces) whose figures are also given as text, in a table on the survey page and a list on the home page, which
 * is what screen readers and keyboard users read. Source and sample size go with them.
 */
@Named
@RequestScoped
public class SurveyPage {

    /** Dark blue bars: 9:1 against the white page, well above the 3:1 graphics need (WCAG 1.4.11). */
    static final String BAR_COLOUR = "#1f4e79";
    /** Chart.js draws labels on one line unless given as lines: wrap the long ones at about this many characters. */
    private static final int LABEL_LINE = 32;

    @Inject
    PageContext page;

    /** The page is the same for everyone and changes only with a new release: a revalidated, shareable cache entry. */
    public void load() {
        Revalidation.notModified(FacesContext.getCurrentInstance(), "survey|" + page.getLang(), null);
    }

    public List<SurveyFigures.Share> getShares() {
        return SurveyFigures.SHARES;
    }

    public int getSampleSize() {
        return SurveyFigures.SAMPLE_SIZE;
    }

    public double getConnectedThings() {
        return SurveyFigures.CONNECTED_THINGS_2020_BILLIONS;
    }

    public double getTimesWorldPopulation() {
        return SurveyFigures.TIMES_WORLD_POPULATION;
    }

    public SurveyFigures.Share share(String key) {
        return SurveyFigures.SHARES.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    /** Chart.js configuration: one horizontal bar per share of respondents, on a 0–100 % axis. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (SurveyFigures.Share share : SurveyFigures.SHARES) {
            JsonArrayBuilder lines = Json.createArrayBuilder();
            wrap(FacesMessages.text("survey.share." + share.key() + ".short")).forEach(lines::add);
            labels.add(lines);
            data.add(share.percent());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder()
                                .add("label", FacesMessages.text("survey.chart.series"))
                                .add("data", data)
                                .add("backgroundColor", BAR_COLOUR))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("min", 0).add("max", 100)
                                        .add("ticks", Json.createObjectBuilder().add("color", "#333333"))
                                        .add("title", Json.createObjectBuilder().add("display", true)
                                                .add("color", "#333333")
                                                .add("text", FacesMessages.text("survey.chart.axis"))))
                                .add("y", Json.createObjectBuilder()
                                        .add("ticks", Json.createObjectBuilder().add("color", "#333333")))))
                .build().toString();
    }

    static List<String> wrap(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : label.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LABEL_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}

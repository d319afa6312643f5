package fr.isoc.groupeiot.press.web;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** How the press room writes file sizes, in the reader's language ("1,2 Mo", "1.2 MB"): pages and PDFs alike. */
public final class PressFormats {

    private PressFormats() {
    }

    public static String size(long bytes, ResourceBundle bundle) {
        String key = bytes < 1000 ? "press.size.bytes" : bytes < 1_000_000 ? "press.size.kilobytes" : "press.size.megabytes";
        double value = bytes < 1000 ? bytes : bytes < 1_000_000 ? bytes / 1000.0 : bytes / 1_000_000.0;
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(new Object[]{value});
    }
}

package fr.isoc.groupeiot.press;

/** The press kit's sections, in the order the page and the archive show them. */
public enum KitSection {
    LOGO(true, false),
    PHOTO(true, true),
    FACT_SHEET(false, false);

    private final boolean imagesOnly;
    private final boolean creditRequired;

    KitSection(boolean imagesOnly, boolean creditRequired) {
        this.imagesOnly = imagesOnly;
        this.creditRequired = creditRequired;
    }

    /** Logos and photos are pictures; a fact sheet may be any file of the library (a PDF, usually). */
    public boolean isImagesOnly() {
        return imagesOnly;
    }

    /** A photo is someone's work: its credit and licence go with it. */
    public boolean isCreditRequired() {
        return creditRequired;
    }
}

package fr.isoc.groupeiot.cms;

/**
 * Whether the public may fetch a media file now. The media library knows no reason to hide one; features that
 * publish on a schedule do (the press room: a file only embargoed releases use). Implemented where that knowledge
 * lives, so that the CMS does not depend on those features.
 */
public interface MediaVisibility {

    /** True when the file must answer 404 to the public (editors still get it, uncached). */
    boolean hiddenFromPublic(MediaFile file);
}

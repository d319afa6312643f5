package fr.isoc.groupeiot.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The WAR the build made, as the in-container (Arquillian) tests deploy it: the whole application, at the root. */
public final class PortalWar {

    private PortalWar() {
    }

    public static WebArchive build() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("it.war")))
                .as(WebArchive.class);
    }
}

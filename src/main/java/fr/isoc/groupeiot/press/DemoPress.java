package fr.isoc.groupeiot.press;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import fr.isoc.groupeiot.cms.MediaFile;
import fr.isoc.groupeiot.cms.MediaLibrary;
import fr.isoc.groupeiot.cms.MediaTexts;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;

/**
 * The press room's demo content for the dev run ({@code portal.demo-data=true}; never in production): three fictional
 * media contacts ({@code .test} addresses), and a press kit made of real media files (the group's logo as SVG and as
 * PNG drawn from the same shapes, a one-page fact sheet in each language laid out by openhtmltopdf). Each part is
 * loaded once, into an empty table.
 */
@ApplicationScoped
public class DemoPress {

    private static final Logger LOG = Logger.getLogger(DemoPress.class.getName());
    private static final String UPLOADER = "demo";
    private static final String GROUP = "Groupe de travail sécurité IoT / IoT Security Working Group";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    MediaContacts contacts;

    @Inject
    PressKit kit;

    @Inject
    MediaLibrary library;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean enabled;

    /** After the migrations and the CMS demo content. */
    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 610) Startup startup) {
        if (!enabled) {
            return;
        }
        if (em.createQuery("SELECT COUNT(c) FROM MediaContact c", Long.class).getSingleResult() == 0) {
            contact("Hélène", "Dupré", "Groupe de travail sécurité IoT", "Responsable des relations presse",
                    "Head of press relations", "helene.dupre@groupe-iot.test", "+33 1 23 45 67 89", "fr, en");
            contact("Zoë", "Lefèvre-Rousseau", "Groupe de travail sécurité IoT", "Porte-parole", "Spokesperson",
                    "zoe.lefevre-rousseau@groupe-iot.test", "+33 6 12 34 56 78", "fr, en, de");
            contact("Thành", "Nguyễn", "Laboratoire Objets et Sécurité", "Chercheur, expert des objets connectés",
                    "Researcher, connected devices expert", "thanh.nguyen@lab-objets.test", "04 72 10 20 30", "en, fr, vi");
            LOG.info("Demo media contacts loaded");
        }
        if (em.createQuery("SELECT COUNT(e) FROM PressKitEntry e", Long.class).getSingleResult() == 0) {
            byte[] png = logoPng(512);
            entry(KitSection.LOGO, store(resource("logo-groupe-iot.svg"), "logo-groupe-iot.svg",
                    new MediaTexts("Logo du groupe (vectoriel, SVG)", "Group logo (vector, SVG)",
                            "Logo du Groupe de travail sécurité IoT : un bouclier blanc et des ondes jaunes sur fond bleu",
                            "Logo of the IoT Security Working Group: a white shield and yellow waves on a blue background")),
                    "CC BY-ND 4.0");
            entry(KitSection.LOGO, store(png, "logo-groupe-iot.png",
                    new MediaTexts("Logo du groupe (PNG, 512 px)", "Group logo (PNG, 512 px)",
                            "Logo du Groupe de travail sécurité IoT : un bouclier blanc et des ondes jaunes sur fond bleu",
                            "Logo of the IoT Security Working Group: a white shield and yellow waves on a blue background")),
                    "CC BY-ND 4.0");
            entry(KitSection.FACT_SHEET, store(factSheet("fact-sheet.fr.html", png), "fiche-groupe-iot.pdf",
                    new MediaTexts("Fiche d’information sur le groupe de travail", "Fact sheet on the working group (French)", null, null)),
                    "CC BY 4.0");
            entry(KitSection.FACT_SHEET, store(factSheet("fact-sheet.en.html", png), "fact-sheet-iot-working-group.pdf",
                    new MediaTexts("Fiche d’information sur le groupe de travail (anglais)", "Fact sheet on the working group", null, null)),
                    "CC BY 4.0");
            LOG.info("Demo press kit loaded");
        }
    }

    private void contact(String given, String family, String organisation, String roleFr, String roleEn, String email,
                         String phone, String languages) {
        MediaContactForm form = new MediaContactForm();
        form.setGivenName(given);
        form.setFamilyName(family);
        form.setOrganisation(organisation);
        form.setRoleFr(roleFr);
        form.setRoleEn(roleEn);
        form.setEmail(email);
        form.setPhone(phone);
        form.setLanguages(languages);
        contacts.save(form);
    }

    private MediaFile store(byte[] bytes, String name, MediaTexts texts) {
        return library.store(new ByteArrayInputStream(bytes), name, bytes.length, texts, UPLOADER).file();
    }

    private void entry(KitSection section, MediaFile file, String licence) {
        if (!kit.contains(file.getId())) {
            kit.add(file.getId(), section, "© " + GROUP, licence);
        }
    }

    /** The theme's logo (64 units square, see logo-groupe-iot.svg) drawn again with Java2D, {@code size} pixels wide. */
    static byte[] logoPng(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 64.0, size / 64.0);
            g.setColor(new Color(0x123d6b));
            g.fill(new RoundRectangle2D.Double(0, 0, 64, 64, 24, 24));
            Path2D shield = new Path2D.Double();
            shield.moveTo(32, 12);
            shield.lineTo(48, 18);
            shield.lineTo(48, 30);
            shield.curveTo(48, 41, 41, 49, 32, 53);
            shield.curveTo(23, 49, 16, 41, 16, 30);
            shield.lineTo(16, 18);
            shield.closePath();
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(4, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
            g.draw(shield);
            Color yellow = new Color(0xffd166);
            g.setColor(yellow);
            g.fill(new Ellipse2D.Double(32 - 4.5, 31 - 4.5, 9, 9));
            g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER));
            g.draw(new Arc2D.Double(24, 23, 16, 16, 0, 180, Arc2D.OPEN));
            g.draw(new Arc2D.Double(20, 19, 24, 24, 0, 180, Arc2D.OPEN));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A one-page PDF from an XHTML resource, with the PNG logo in its header. */
    static byte[] factSheet(String resourceName, byte[] logoPng) {
        String html = new String(resource(resourceName), StandardCharsets.UTF_8)
                .replace("src=\"LOGO\"", "src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(logoPng) + "\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.withProducer("groupe-iot portal");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoPress.class.getClassLoader().getResourceAsStream("press/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing press demo file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

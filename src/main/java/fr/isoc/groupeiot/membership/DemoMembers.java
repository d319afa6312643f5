package fr.isoc.groupeiot.membership;

import fr.isoc.groupeiot.platform.i18n.Language;
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

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import static fr.isoc.groupeiot.membership.ApplicantKind.ORGANISATION;
import static fr.isoc.groupeiot.membership.ApplicantKind.PERSON;

/**
 * Demo members for the dev run ({@code portal.demo-data=true}; never in production): the founding organisations
 * named in the product brief, fictional organisations and people with {@code .test} addresses (some not listed),
 * the Keycloak demo accounts' members, and a few applications waiting for review. Loaded once, into an empty table,
 * after the migrations.
 */
@ApplicationScoped
public class DemoMembers {

    private static final Logger LOG = Logger.getLogger(DemoMembers.class.getName());
    private static final Instant LAUNCH = Instant.parse("2019-01-08T09:00:00Z");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean enabled;

    /** After DatabaseMigrations (default priority), so that the tables exist. */
    @Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) Startup startup) {
        if (!enabled || em.createQuery("SELECT COUNT(m) FROM Member m", Long.class).getSingleResult() > 0) {
            return;
        }
        founding("AFNIC", OrganisationKind.ASSOCIATION, "https://www.afnic.fr", "technical-community", "afnic");
        founding("ANSSI", OrganisationKind.PUBLIC_BODY, "https://cyber.gouv.fr", "public-sector", "anssi");
        founding("ARCEP", OrganisationKind.PUBLIC_BODY, "https://www.arcep.fr", "public-sector", "arcep");
        founding("CINOV-IT", OrganisationKind.ASSOCIATION, "https://www.cinov-it.fr", "industry", "cinov-it");
        founding("Conseil National du Numérique", OrganisationKind.PUBLIC_BODY, "https://cnnumerique.fr", "public-sector", "cnnum");
        founding("La Quadrature du Net", OrganisationKind.ASSOCIATION, "https://www.laquadrature.net", "civil-society", "lqdn");
        founding("Nokia", OrganisationKind.COMPANY, "https://www.nokia.com", "industry", "nokia");
        founding("Pôle Systematic Paris-Région", OrganisationKind.ASSOCIATION, "https://systematic-paris-region.org", "industry", "systematic");

        organisation("Maison Connectée Sûre", OrganisationKind.COMPANY, "industry", "contact@maison-connectee.test", true);
        organisation("Capteurs & Cie", OrganisationKind.COMPANY, "industry", "bonjour@capteurs-cie.test", true);
        organisation("Association des Usagers du Numérique", OrganisationKind.ASSOCIATION, "civil-society", "bureau@usagers-numerique.test", true);
        organisation("Familles Connectées", OrganisationKind.ASSOCIATION, "civil-society", "contact@familles-connectees.test", true);
        organisation("Laboratoire Objets et Sécurité", OrganisationKind.ACADEMIC, "academia", "secretariat@lab-objets.test", true);
        organisation("École d’ingénieurs du Numérique de Lyon", OrganisationKind.ACADEMIC, "academia", "relations@ein-lyon.test", true);
        organisation("Normes Ouvertes pour l’IoT", OrganisationKind.STANDARDS_BODY, "technical-community", "info@normes-iot.test", true);
        organisation("Ville de Montreuil-sur-Loire", OrganisationKind.PUBLIC_BODY, "public-sector", "numerique@montreuil-sur-loire.test", true);
        organisation("Domotique Discrète SAS", OrganisationKind.COMPANY, "industry", "dpo@domotique-discrete.test", false);

        person("Camille", "Martin", "Université de Rennes", "academia", "camille.martin@example.test", true, Language.FRENCH);
        person("Hugo", "Bernard", null, "civil-society", "hugo.bernard@example.test", true, Language.FRENCH);
        person("Léa", "Dubois", "Chercheuse indépendante", "academia", "lea.dubois@example.test", true, Language.FRENCH);
        person("Mathis", "Lefèvre", "Collectif Vie Privée", "civil-society", "mathis.lefevre@example.test", true, Language.FRENCH);
        person("Chloé", "Moreau", null, "technical-community", "chloe.moreau@example.test", true, Language.FRENCH);
        person("Noah", "Fournier", "Opérateur réseau régional", "industry", "noah.fournier@example.test", false, Language.FRENCH);
        person("Emma", "Girard", null, "public-sector", "emma.girard@example.test", false, Language.FRENCH);
        person("Oliver", "Hughes", "Open hardware collective", "technical-community", "oliver.hughes@example.test", true, Language.ENGLISH);
        person("Amelia", "Clarke", "University of Bristol", "academia", "amelia.clarke@example.test", true, Language.ENGLISH);
        person("Jules", "Roux", null, "civil-society", "jules.roux@example.test", false, Language.FRENCH);
        // The members behind the realm's demo accounts (member / member2), linked on their first sign-in.
        person("Marie", "Membre", null, "civil-society", "member@groupe-iot.test", false, Language.FRENCH);
        person("Sam", "Second", null, "academia", "member2@groupe-iot.test", false, Language.ENGLISH);

        waiting(PERSON, "Inès", "Petit", null, "civil-society", "ines.petit@example.test", 9);
        waiting(PERSON, "Thomas", "Lambert", null, "academia", "thomas.lambert@example.test", 3);
        waiting(ORGANISATION, "Paul", "Garnier", "Objets Malins SARL", "industry", "p.garnier@objets-malins.test", 12);
        waiting(ORGANISATION, "Sarah", "Mercier", "Consommateurs Vigilants", "civil-society", "s.mercier@conso-vigilants.test", 1);
        LOG.info("Demo members and applications loaded");
    }

    private void founding(String name, OrganisationKind kind, String website, String college, String slug) {
        em.persist(Member.loaded(ORGANISATION, "contact@" + slug + ".example.test", "Contact", name, name, kind, website,
                college, Language.FRENCH, true, true, LAUNCH));
    }

    private void organisation(String name, OrganisationKind kind, String college, String email, boolean listed) {
        em.persist(Member.loaded(ORGANISATION, email, "Contact", name, name, kind, null, college, Language.FRENCH, listed,
                false, Instant.now().minus(Duration.ofDays(30 + email.length()))));
    }

    private void person(String first, String last, String affiliation, String college, String email, boolean listed,
                        Language language) {
        Member member = Member.loaded(PERSON, email, first, last, null, null, null, college, language, listed, false,
                Instant.now().minus(Duration.ofDays(10 + email.length())));
        member.updateAffiliation(affiliation);
        em.persist(member);
    }

    private void waiting(ApplicantKind kind, String first, String last, String organisation, String college, String email,
                         int daysAgo) {
        JoinForm form = new JoinForm();
        form.setKind(kind);
        form.setFirstName(first);
        form.setLastName(last);
        form.setEmail(email);
        form.setCollegeCode(college);
        form.setLanguage(Language.FRENCH.code());
        form.setMotivation("Nous souhaitons contribuer aux recommandations sur la sécurité des objets connectés.");
        form.setConsent(true);
        form.setListedInDirectory(true);
        if (kind == ORGANISATION) {
            form.setOrganisationName(organisation);
            form.setOrganisationKind(OrganisationKind.COMPANY);
            form.setRepresentativeRole("Responsable conformité");
        } else {
            form.setCountry("France");
        }
        Instant submitted = Instant.now().minus(Duration.ofDays(daysAgo));
        MembershipApplication application = MembershipApplication.from(form, submitted);
        application.newConfirmationToken(submitted, Duration.ofHours(72));
        application.confirm(submitted.plus(Duration.ofHours(1)));
        em.persist(application);
    }
}

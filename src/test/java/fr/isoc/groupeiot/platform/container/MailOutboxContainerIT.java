package fr.isoc.groupeiot.platform.container;

import fr.isoc.groupeiot.platform.i18n.Language;
import fr.isoc.groupeiot.platform.mail.Email;
import fr.isoc.groupeiot.platform.mail.MailOutbox;
import fr.isoc.groupeiot.platform.mail.OutboxEmail;
import fr.isoc.groupeiot.platform.mail.OutboxWorker;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import fr.isoc.groupeiot.testing.PortalWar;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The e-mail outbox inside Payara, on the run's database, with a real SMTP conversation (GreenMail, read back over
 * IMAP). The background worker is off in this deployment (portal.outbox.poll-seconds=0): the tests run it.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxContainerIT {

    @Deployment
    static WebArchive portal() {
        return PortalWar.build();
    }

    @Inject
    MailOutbox outbox;

    @Inject
    OutboxWorker worker;

    @Inject
    Session smtp;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Test
    void queuesNothingWhenTheChangeThatCausedTheMessageRollsBack() throws Exception {
        String recipient = newRecipient();
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        outbox.enqueue(email(recipient, "Annulé"));
        tx.rollback();

        assertEquals(0, queuedFor(recipient).size());
    }

    @Test
    void refusesToQueueOutsideTheCausingTransaction() {
        assertThrows(TransactionalException.class, () -> outbox.enqueue(email(newRecipient(), "Sans transaction")));
    }

    @Test
    void sendsAQueuedMessageOnceAsTextAndHtmlInTheRecipientsLanguage() throws Exception {
        String recipient = newRecipient();
        queue(email(recipient, "Confirmez votre adresse"));

        assertEquals(1, worker.sendDue(smtp, Instant.now()));
        assertEquals(0, worker.sendDue(smtp, Instant.now()), "nothing is sent twice");

        OutboxEmail stored = queuedFor(recipient).getFirst();
        assertEquals(OutboxEmail.Status.SENT, stored.getStatus());
        List<Message> received = inbox(recipient);
        assertEquals(1, received.size());
        Message message = received.getFirst();
        assertEquals("Confirmez votre adresse", message.getSubject());
        assertEquals(stored.getMessageId(), message.getHeader("Message-ID")[0]);
        assertEquals("fr", message.getHeader("Content-Language")[0]);
        Multipart parts = (Multipart) message.getContent();
        assertTrue(message.getContentType().startsWith("multipart/alternative"), message.getContentType());
        assertTrue(parts.getBodyPart(0).getContent().toString().contains("Sécurité dès la conception"));
        assertTrue(parts.getBodyPart(1).getContentType().startsWith("text/html"));
    }

    @Test
    void keepsMessagesWhileSmtpIsDownAndSendsEachOnceWhenItIsBack() throws Exception {
        String recipient = newRecipient();
        for (int i = 1; i <= 3; i++) {
            queue(email(recipient, "Message " + i));
        }
        Instant now = Instant.now();

        assertEquals(0, worker.sendDue(unreachableSmtp(), now));
        for (OutboxEmail email : queuedFor(recipient)) {
            assertEquals(OutboxEmail.Status.PENDING, email.getStatus());
            assertEquals(1, email.getAttempts());
            assertNotNull(email.getLastError());
            assertTrue(email.getNextAttemptAt().isAfter(now), "waits before trying again");
        }
        assertEquals(0, worker.sendDue(smtp, now), "not due again yet");

        assertEquals(3, worker.sendDue(smtp, now.plusSeconds(60)));
        assertEquals(3, inbox(recipient).size());
        assertTrue(queuedFor(recipient).stream().allMatch(e -> e.getStatus() == OutboxEmail.Status.SENT));
    }

    @Test
    void twoNodesWorkingTheSameOutboxSendEachMessageExactlyOnce() throws Exception {
        String recipient = newRecipient();
        int count = 30;
        for (int i = 1; i <= count; i++) {
            queue(email(recipient, "Lot " + i));
        }
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        Instant now = Instant.now();
        Callable<Integer> node = () -> {
            int sent = 0;
            for (int run = 0; run < 5; run++) {
                sent += worker.sendDue(smtp, now);
            }
            return sent;
        };

        List<Future<Integer>> nodes = new ArrayList<>(List.of(executor.submit(node), executor.submit(node)));
        int sent = 0;
        for (Future<Integer> future : nodes) {
            sent += future.get();
        }

        assertTrue(sent >= count, "both nodes together sent at least the " + count + " messages: " + sent);
        assertTrue(queuedFor(recipient).stream().allMatch(e -> e.getStatus() == OutboxEmail.Status.SENT));
        List<String> subjects = new ArrayList<>();
        for (Message message : inbox(recipient)) {
            subjects.add(message.getSubject());
        }
        assertEquals(count, subjects.size());
        assertEquals(count, subjects.stream().distinct().count(), "no message twice: " + subjects);
    }

    private static Email email(String recipient, String subject) {
        return new Email(recipient, Language.FRENCH, subject, "Sécurité dès la conception.",
                "<p>Sécurité <strong>dès la conception</strong>.</p>");
    }

    private void queue(Email email) throws Exception {
        UserTransaction tx = InitialContext.doLookup("java:comp/UserTransaction");
        tx.begin();
        outbox.enqueue(email);
        tx.commit();
    }

    private List<OutboxEmail> queuedFor(String recipient) {
        return em.createQuery("SELECT e FROM OutboxEmail e WHERE e.recipient = :r ORDER BY e.id", OutboxEmail.class)
                .setParameter("r", recipient).getResultList();
    }

    private static String newRecipient() {
        return "outbox-" + UUID.randomUUID() + "@groupe-iot.test";
    }

    /** An SMTP server that is down: nothing listens on port 9 here. */
    private static Session unreachableSmtp() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", "9");
        properties.setProperty("mail.smtp.connectiontimeout", "2000");
        return Session.getInstance(properties);
    }

    private static List<Message> inbox(String recipient) throws Exception {
        Properties imap = new Properties();
        imap.setProperty("mail.imap.host", "127.0.0.1");
        imap.setProperty("mail.imap.port", System.getProperty("it.imap.port"));
        Store store = Session.getInstance(imap).getStore("imap");
        store.connect(recipient, "any");
        Folder folder = store.getFolder("INBOX");
        folder.open(Folder.READ_ONLY);
        List<Message> messages = new ArrayList<>();
        for (Message message : folder.getMessages()) {
            // Read now: the folder closes with the store.
            message.getContent();
            messages.add(new jakarta.mail.internet.MimeMessage((jakarta.mail.internet.MimeMessage) message));
        }
        store.close();
        return messages;
    }
}

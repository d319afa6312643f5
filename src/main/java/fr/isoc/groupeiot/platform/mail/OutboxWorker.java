package fr.isoc.groupeiot.platform.mail;

import fr.isoc.groupeiot.platform.work.Periodic;
import fr.isoc.groupeiot.platform.work.Failures;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, every few seconds, on every node. Each run claims a batch (see
 * {@link MailOutbox#claimDue}), talks SMTP outside any transaction, and records each outcome in its own.
 * A message sent but not yet recorded when a node dies would be sent again after the claim expires: the Message-ID
 * stays the same, so mail systems can recognise the duplicate.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final int BATCH = 10;
    /**
     * How long a run owns its batch: far more than ten sends take at their worst (10 s connect plus a few 10 s reads
     * each). A run still sending when its claim nears the end stops, so that no other node sends the same message.
     */
    private static final Duration CLAIM_HOLD = Duration.ofMinutes(30);
    private static final Duration CLAIM_MARGIN = Duration.ofMinutes(5);
    /** A run keeps claiming while batches come back full (a backlog), up to this many; then the next run goes on. */
    private static final int MAX_BATCHES_PER_RUN = 100;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailOutbox outbox;

    @Inject
    Session smtp;

    /** 0 turns the background worker off (the in-container tests drive it themselves). */
    @Inject
    @ConfigProperty(name = "portal.outbox.poll-seconds", defaultValue = "5")
    int pollSeconds;

    private Periodic runs = Periodic.NONE;

    void start(@Observes Startup startup) {
        runs = Periodic.start(scheduler, Duration.ofSeconds(pollSeconds), Duration.ofSeconds(pollSeconds), LOG, "Outbox run",
                this::runOnce);
    }

    @PreDestroy
    void stop() {
        runs.stop();
    }

    private void runOnce() {
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            if (sendBatch(smtp, Instant.now()).claimed() < BATCH) {
                break;
            }
        }
    }

    /** One batch: sends the messages due at {@code now} through {@code session}; returns how many were sent. */
    public int sendDue(Session session, Instant now) {
        return sendBatch(session, now).sent();
    }

    private record Outcome(int claimed, int sent) {
    }

    private Outcome sendBatch(Session session, Instant now) {
        List<OutboxEmail> batch = outbox.claimDue(UUID.randomUUID().toString(), now, CLAIM_HOLD, BATCH);
        Instant stopBy = Instant.now().plus(CLAIM_HOLD).minus(CLAIM_MARGIN);
        int sent = 0;
        for (OutboxEmail email : batch) {
            if (Instant.now().isAfter(stopBy)) {
                LOG.warning("Outbox run stopped before its claim ran out; the rest waits for the claim to expire");
                break;
            }
            try {
                Transport.send(toMime(session, email));
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.INFO, () -> "Outbox message " + email.getId() + " not sent: " + e);
                record(() -> outbox.markFailed(email.getId(), Failures.describe(e), Instant.now()), email);
                continue;
            }
            // Sent: from here on, nothing may count it as a failure (that would send it again).
            record(() -> outbox.markSent(email.getId(), Instant.now()), email);
            sent++;
        }
        return new Outcome(batch.size(), sent);
    }

    /** A database hiccup while recording must not abort the batch; the message's claim then simply expires. */
    private static void record(Runnable update, OutboxEmail email) {
        try {
            update.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the outcome of outbox message " + email.getId(), e);
        }
    }

    private MimeMessage toMime(Session session, OutboxEmail email) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, email.getMessageId());
        message.setFrom(new InternetAddress(outbox.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.getRecipient(), true));
        message.setSubject(email.getSubject(), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Language", email.getLanguage());
        message.setSentDate(new Date());
        if (email.getHtmlBody() == null) {
            message.setText(email.getTextBody(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.getTextBody(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.getHtmlBody(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        return message;
    }


    /** Keeps the Message-ID chosen at enqueue time instead of generating one per send. */
    private static final class StableIdMessage extends MimeMessage {
        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}

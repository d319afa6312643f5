package fr.isoc.groupeiot.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** GreenMail taking SMTP and IMAP on loopback, accepting any login, so every e-mail the portal sends can be read. */
public final class MailSink implements AutoCloseable {

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;

    private MailSink(GreenMail greenMail, int smtpPort, int imapPort) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    public static MailSink start(int smtpPort, int imapPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new MailSink(greenMail, smtpPort, imapPort);
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /**
     * Reads the mailbox of {@code address} over IMAP, as a mail client would, until it holds at least
     * {@code count} messages; fails after the timeout.
     */
    public List<MimeMessage> awaitInbox(String address, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Properties imap = new Properties();
        imap.setProperty("mail.imap.host", "127.0.0.1");
        imap.setProperty("mail.imap.port", String.valueOf(imapPort));
        try {
            while (true) {
                List<MimeMessage> messages = new ArrayList<>();
                Store store = Session.getInstance(imap).getStore("imap");
                store.connect(address, "any");
                try {
                    Folder inbox = store.getFolder("INBOX");
                    inbox.open(Folder.READ_ONLY);
                    for (Message message : inbox.getMessages()) {
                        messages.add(new MimeMessage((MimeMessage) message));
                    }
                } finally {
                    store.close();
                }
                if (messages.size() >= count || System.nanoTime() > deadline) {
                    if (messages.size() < count) {
                        throw new AssertionError(address + " received " + messages.size() + " message(s), expected " + count);
                    }
                    return messages;
                }
                Thread.sleep(300);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a message (text/plain, or the first part of a multipart/alternative). */
    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof Multipart parts) {
                return parts.getBodyPart(0).getContent().toString();
            }
            return content.toString();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}

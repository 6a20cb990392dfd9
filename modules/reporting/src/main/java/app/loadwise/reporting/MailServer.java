package app.loadwise.reporting;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;

/**
 * The SMTP server every mail of Loadwise goes through (weekly reports, check-in reminders): one mail session made
 * from the {@code loadwise.mail.*} settings, messages from the configured sender, login when a user is set.
 */
public final class MailServer {

    private final String user;
    private final String password;
    private final String from;
    private final Session session;

    /** {@code user} null or blank for a server without login. */
    public MailServer(String host, int port, String user, String password, boolean startTls, String from, Duration timeout) {
        this.user = user == null || user.isBlank() ? null : user;
        this.password = password == null ? "" : password;
        this.from = from;
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.auth", String.valueOf(this.user != null));
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.starttls.required", String.valueOf(startTls));
        String millis = String.valueOf(timeout.toMillis());
        props.put("mail.smtp.connectiontimeout", millis);
        props.put("mail.smtp.timeout", millis);
        props.put("mail.smtp.writetimeout", millis);
        this.session = Session.getInstance(props);
    }

    /** An empty message from the configured sender, dated now. */
    public MimeMessage newMessage() throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setSentDate(new Date());
        return message;
    }

    /** Hands the message to the server; answers its message id. */
    public String send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        if (user != null) {
            Transport.send(message, user, password);
        } else {
            Transport.send(message);
        }
        return message.getMessageID();
    }
}

package app.loadwise.reporting.internal;

import java.util.List;

/** A composed report email: who gets it, subject, HTML and plain-text bodies, and the workbook attached. */
public record ReportMail(List<String> to, String subject, String html, String text, String attachmentName,
                         String attachmentType, byte[] attachment) {

    public ReportMail {
        to = List.copyOf(to);
    }
}

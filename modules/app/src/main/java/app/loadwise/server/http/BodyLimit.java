package app.loadwise.server.http;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Request bodies are limited: {@code loadwise.api.max-body-bytes} for JSON, the import's upload limit for files.
 * A declared length over the limit answers 413 before anything is read; a body without one is cut off at the
 * limit, also with 413.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "loadwise.api.max-body-bytes", defaultValue = "10485760")
    long maxJsonBytes;

    @Inject
    @ConfigProperty(name = "loadwise.import.max-bytes", defaultValue = "104857600")
    long maxUploadBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean upload = type != null && "multipart".equalsIgnoreCase(type.getType());
        // A multipart body carries the file plus its part headers.
        long limit = upload ? maxUploadBytes + 64 * 1024 : maxJsonBytes;
        if (request.getLength() > limit) {
            throw tooLarge(limit, upload);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), limit, upload));
        }
    }

    static WebApplicationException tooLarge(long limit, boolean upload) {
        return new TooLarge(upload
                ? "The upload is larger than the limit of " + limit / (1024 * 1024) + " MiB (LOADWISE_IMPORT_MAX_BYTES)."
                : "The request body is larger than the limit of " + limit + " bytes (LOADWISE_API_MAX_BODY_BYTES); "
                        + "split a bulk request into smaller ones.");
    }

    /** A 413 whose message is the problem's detail. */
    public static final class TooLarge extends WebApplicationException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, 413);
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private final boolean upload;
        private long read;

        Limited(InputStream in, long limit, boolean upload) {
            super(in);
            this.limit = limit;
            this.upload = upload;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit, upload);
            }
        }
    }
}

package app.loadwise.access;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * A response's entity written to bytes by the same writer that would write it to the client: the body that an ETag
 * is a hash of, or that is kept for an Idempotency-Key replay.
 */
public final class ResponseBodies {

    private ResponseBodies() {
    }

    /** The bytes of the entity, or empty for streamed entities (files, streams) that must not be buffered. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Optional<byte[]> bytesOf(ContainerResponseContext response, Providers providers) throws IOException {
        Object entity = response.getEntity();
        if (entity == null || entity instanceof StreamingOutput || entity instanceof InputStream || entity instanceof File) {
            return Optional.empty();
        }
        if (entity instanceof byte[] bytes) {
            return Optional.of(bytes);
        }
        MessageBodyWriter writer = providers.getMessageBodyWriter(response.getEntityClass(), response.getEntityType(),
                response.getEntityAnnotations(), response.getMediaType());
        if (writer == null) {
            return Optional.empty();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.writeTo(entity, response.getEntityClass(), response.getEntityType(), response.getEntityAnnotations(),
                response.getMediaType(), response.getHeaders(), out);
        byte[] bytes = out.toByteArray();
        response.setEntity(bytes, response.getEntityAnnotations(), response.getMediaType());
        return Optional.of(bytes);
    }
}

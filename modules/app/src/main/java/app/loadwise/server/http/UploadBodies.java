package app.loadwise.server.http;

import app.loadwise.domain.common.InvalidValueException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Multipart uploads whose part headers the multipart reader cannot parse are refused with 400 naming the file: the
 * reader (Jersey's) parses a {@code filename*} value with a regular expression that recurses once per character and
 * overflows the thread's stack on a value of a couple of thousand characters, which would otherwise answer 500.
 */
@Provider
public class UploadBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !"multipart".equalsIgnoreCase(context.getMediaType().getType())) {
            return context.proceed();
        }
        try {
            return context.proceed();
        } catch (StackOverflowError tooLong) {
            // only parsing was under way: nothing is left half done once the stack has unwound to here
            throw new InvalidValueException("file", "a part's Content-Disposition header is too long to read; file names may have"
                    + " at most 255 characters");
        }
    }
}

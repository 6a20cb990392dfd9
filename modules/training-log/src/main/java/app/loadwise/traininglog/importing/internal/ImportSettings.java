package app.loadwise.traininglog.importing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The import's limits and places, from configuration (environment variables LOADWISE_IMPORT_*). */
@ApplicationScoped
public class ImportSettings {

    /** Rows per chunk and transaction of an import job unless configured. */
    public static final int DEFAULT_CHUNK_ROWS = 10_000;

    @Inject
    @ConfigProperty(name = "loadwise.import.dir", defaultValue = "./data/imports")
    String directory;

    @Inject
    @ConfigProperty(name = "loadwise.import.max-bytes", defaultValue = "104857600")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "loadwise.import.max-rows", defaultValue = "1048576")
    long maxRows;

    @Inject
    @ConfigProperty(name = "loadwise.import.max-columns", defaultValue = "512")
    int maxColumns;

    @Inject
    @ConfigProperty(name = "loadwise.import.sync-max-bytes", defaultValue = "2097152")
    long syncMaxBytes;

    @Inject
    @ConfigProperty(name = "loadwise.import.chunk-rows", defaultValue = "" + DEFAULT_CHUNK_ROWS)
    int chunkRows;

    protected ImportSettings() {
    }

    /** Settings given directly, for tools and tests outside the container. */
    public ImportSettings(Path directory, long maxBytes, long maxRows, int maxColumns, long syncMaxBytes, int chunkRows) {
        this.directory = directory.toString();
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
        this.syncMaxBytes = syncMaxBytes;
        this.chunkRows = chunkRows;
    }

    public Path directory() {
        return Path.of(directory);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public long maxRows() {
        return maxRows;
    }

    public int maxColumns() {
        return maxColumns;
    }

    /** Files up to this size are checked and committed within the request; larger ones by the batch job. */
    public long syncMaxBytes() {
        return syncMaxBytes;
    }

    public int chunkRows() {
        return chunkRows;
    }
}

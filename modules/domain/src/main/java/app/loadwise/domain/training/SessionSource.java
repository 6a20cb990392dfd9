package app.loadwise.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where a session came from: the API, the demo data, or an import and the row in its file. */
@Embeddable
public class SessionSource {

    public static final String API = "api";
    public static final String IMPORT = "import";
    public static final String DEMO = "demo";

    @Column(name = "source_channel", nullable = false, length = 16)
    private String channel;

    @Column(name = "source_import_id")
    private Long importId;

    @Column(name = "source_row")
    private Integer row;

    protected SessionSource() {
    }

    private SessionSource(String channel, Long importId, Integer row) {
        this.channel = channel;
        this.importId = importId;
        this.row = row;
    }

    public static SessionSource api() {
        return new SessionSource(API, null, null);
    }

    public static SessionSource demo() {
        return new SessionSource(DEMO, null, null);
    }

    public String channel() {
        return channel;
    }

    public Long importId() {
        return importId;
    }

    public Integer row() {
        return row;
    }
}

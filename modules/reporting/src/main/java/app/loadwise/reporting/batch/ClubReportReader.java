package app.loadwise.reporting.batch;

import app.loadwise.reporting.internal.store.ReportScheduleRepository;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/** Reads club ids in ascending order, a page at a time; the checkpoint is the last id handed out. */
@Named("clubReportReader")
@Dependent
public class ClubReportReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    ReportScheduleRepository schedule;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty() && !exhausted) {
            page.addAll(schedule.clubIdsAfter(lastId, PAGE));
            exhausted = page.size() < PAGE;
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}

package app.loadwise.recovery.batch;

import app.loadwise.recovery.internal.AthleteScoringInput;
import app.loadwise.recovery.internal.ScoringInputLoader;
import app.loadwise.recovery.internal.ScoringWeeks;
import app.loadwise.recovery.internal.store.ScoringProgressRepository;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Reads a partition's athletes in id order, a chunk at a time: each refill loads the next chunk of athletes
 * with their sessions and wellness in a few bulk queries. The checkpoint is the last athlete handed out.
 */
@Named
@Dependent
public class AthleteBatchReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    Long firstId;

    @Inject
    @BatchProperty
    Long lastId;

    @Inject
    @BatchProperty
    Integer chunkSize;

    @Inject
    @BatchProperty
    Integer partition;

    /** Active athletes in the partition's range when the run began. */
    @Inject
    @BatchProperty
    Integer total;

    /** True when the run is restarted after its instance died: each partition resumes from its progress row. */
    @Inject
    @BatchProperty
    Boolean replan;

    @Inject
    StepContext step;

    @Inject
    JobContext job;

    @Inject
    ScoringProgressRepository progress;

    @Inject
    Clock clock;

    @Inject
    ScoringInputLoader loader;

    @Inject
    ScoringContext context;

    private final Deque<AthleteScoringInput> buffer = new ArrayDeque<>();
    private long afterId;
    private int done;
    private int batchSize;
    private Long clubId;
    private LocalDate from;
    private LocalDate to;

    @Override
    public void open(Serializable checkpoint) {
        clubId = context.club();
        batchSize = Math.max(1, chunkSize);
        var targets = context.widestTargets();
        from = ScoringWeeks.readFrom(targets);
        to = ScoringWeeks.readTo(targets);
        Optional<ScoringProgressRepository.ResumePoint> committed = replan
                ? progress.resumePoint(job.getInstanceId(), partition) : Optional.empty();
        if (checkpoint instanceof ReaderCheckpoint resume) {
            afterId = resume.lastAthleteId();
            done = resume.done();
        } else if (committed.isPresent()) {
            // a run restarted after its instance died: the partition's own progress row holds its last committed chunk
            afterId = committed.get().afterAthleteId();
            done = committed.get().done();
        } else {
            afterId = firstId - 1;
            done = 0;
        }
        progress.start(job.getInstanceId(), partition, firstId, lastId, total, clock.instant());
        step.setTransientUserData(new PartitionPosition(partition, afterId, done));
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty()) {
            buffer.addAll(loader.load(clubId, afterId, lastId, batchSize, from, to));
        }
        AthleteScoringInput next = buffer.poll();
        if (next != null) {
            afterId = next.athleteId();
            done++;
            step.setTransientUserData(new PartitionPosition(partition, afterId, done));
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return new ReaderCheckpoint(afterId, done);
    }
}

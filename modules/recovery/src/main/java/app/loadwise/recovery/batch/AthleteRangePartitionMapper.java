package app.loadwise.recovery.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Splits the active athletes into contiguous id ranges of about equal size, one per partition. */
@Named
@Dependent
public class AthleteRangePartitionMapper implements PartitionMapper {

    public static final int MAX_PARTITIONS = 16;

    @Inject
    @BatchProperty
    Integer partitions;

    /** True when restarting a run whose instance died: Jakarta Batch did not record its partitions, so they are planned anew. */
    @Inject
    @BatchProperty
    Boolean replan;

    @Inject
    PartitionReads reads;

    @Inject
    ScoringContext context;

    @Inject
    JobContext job;

    /** An id range of athletes and how many active athletes it held when the run began. */
    record Range(long firstId, long lastId, int total) {
    }

    /**
     * A restart keeps the first attempt's ranges, so every partition resumes from its own checkpoint even if
     * athletes were added meanwhile.
     */
    @Override
    public PartitionPlan mapPartitions() {
        List<Range> ranges = reads.earlierRanges(job.getInstanceId());
        if (ranges.isEmpty()) {
            int wanted = Math.max(1, Math.min(MAX_PARTITIONS, partitions));
            ranges = split(reads.activeAthleteIds(context.club()), wanted);
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(ranges.size());
        plan.setThreads(ranges.size());
        // the readers then resume from the partitions' progress rows instead of Jakarta Batch's checkpoints
        plan.setPartitionsOverride(replan);
        Properties[] properties = new Properties[ranges.size()];
        for (int p = 0; p < ranges.size(); p++) {
            Properties range = new Properties();
            range.setProperty("partition", String.valueOf(p));
            range.setProperty("firstId", String.valueOf(ranges.get(p).firstId()));
            range.setProperty("lastId", String.valueOf(ranges.get(p).lastId()));
            range.setProperty("total", String.valueOf(ranges.get(p).total()));
            properties[p] = range;
        }
        plan.setPartitionProperties(properties);
        return plan;
    }

    /** Contiguous ranges of about equal size over ascending ids; an empty list gives one empty range. */
    static List<Range> split(List<Long> ids, int wanted) {
        if (ids.isEmpty()) {
            return List.of(new Range(1, 0, 0));
        }
        int count = Math.max(1, Math.min(wanted, ids.size()));
        List<Range> ranges = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            int from = (int) ((long) ids.size() * p / count);
            int to = (int) ((long) ids.size() * (p + 1) / count) - 1;
            ranges.add(new Range(ids.get(from), ids.get(to), to - from + 1));
        }
        return ranges;
    }
}

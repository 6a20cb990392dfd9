package app.loadwise.recovery.batch;

import app.loadwise.domain.athlete.AthleteRepository;
import app.loadwise.recovery.batch.AthleteRangePartitionMapper.Range;
import app.loadwise.recovery.internal.store.ScoringProgressRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The partition mapper's reads, in a transaction: the mapper itself runs outside any chunk. */
@ApplicationScoped
@Transactional
public class PartitionReads {

    @Inject
    AthleteRepository athletes;

    @Inject
    ScoringProgressRepository progress;

    /** The ranges a first attempt of this run used; empty on a first attempt. */
    public List<Range> earlierRanges(long jobInstanceId) {
        return progress.of(jobInstanceId).stream()
                .map(p -> new Range(p.firstAthleteId(), p.lastAthleteId(), p.total()))
                .toList();
    }

    public List<Long> activeAthleteIds(Long clubId) {
        return athletes.activeIds(clubId);
    }
}

package app.loadwise.recovery.batch;

import static org.assertj.core.api.Assertions.assertThat;

import app.loadwise.recovery.batch.AthleteRangePartitionMapper.Range;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AthleteRangePartitionMapperTest {

    @ParameterizedTest
    @CsvSource({"10, 1", "10, 2", "10, 3", "10, 4", "3, 4", "1000, 16", "1, 2"})
    void coversEveryAthleteExactlyOnceInContiguousRanges(int athletes, int partitions) {
        List<Long> ids = LongStream.rangeClosed(1, athletes).map(i -> i * 7).boxed().toList();
        List<Range> ranges = AthleteRangePartitionMapper.split(ids, partitions);
        assertThat(ranges).hasSize(Math.min(athletes, partitions));
        assertThat(ranges.stream().mapToInt(Range::total).sum()).isEqualTo(athletes);
        assertThat(ranges.get(0).firstId()).isEqualTo(ids.get(0));
        assertThat(ranges.get(ranges.size() - 1).lastId()).isEqualTo(ids.get(ids.size() - 1));
        for (int i = 1; i < ranges.size(); i++) {
            assertThat(ranges.get(i).firstId()).isGreaterThan(ranges.get(i - 1).lastId());
        }
        for (long id : ids) {
            assertThat(ranges.stream().filter(r -> id >= r.firstId() && id <= r.lastId())).hasSize(1);
        }
        int largest = ranges.stream().mapToInt(Range::total).max().orElseThrow();
        int smallest = ranges.stream().mapToInt(Range::total).min().orElseThrow();
        assertThat(largest - smallest).isLessThanOrEqualTo(1);
    }

    @Test
    void noAthletesGiveOneEmptyRange() {
        assertThat(AthleteRangePartitionMapper.split(List.of(), 4)).containsExactly(new Range(1, 0, 0));
    }
}

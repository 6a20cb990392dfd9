package app.loadwise.domain.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RunningExecutionTest {

    private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final JobOwner ME = new JobOwner("node-a", 100, "run-2");

    private static RunningExecution ownedBy(JobOwner owner, Instant heartbeat) {
        return new RunningExecution(7, 3, "training-log-import", NOW.minusSeconds(600), owner, heartbeat);
    }

    @Test
    void anExecutionOfThisRunIsNeverLostWhateverItsHeartbeat() {
        assertThat(ownedBy(ME, NOW.minusSeconds(3600)).isLost(ME, NOW, TIMEOUT, pid -> false)).isFalse();
    }

    @Test
    void anExecutionOfAnEarlierRunOfThisProcessIsLostAtOnce() {
        JobOwner earlierDeployment = new JobOwner("node-a", 100, "run-1");
        assertThat(ownedBy(earlierDeployment, NOW).isLost(ME, NOW, TIMEOUT, pid -> true)).isTrue();
    }

    @Test
    void anExecutionOfAProcessOnThisHostThatExitedIsLostAtOnce() {
        JobOwner killed = new JobOwner("node-a", 99, "run-0");
        assertThat(ownedBy(killed, NOW).isLost(ME, NOW, TIMEOUT, pid -> pid != 99)).isTrue();
    }

    @Test
    void anotherLiveProcessOnThisHostKeepsItsExecutionWhileItRenewsTheLease() {
        JobOwner neighbour = new JobOwner("node-a", 42, "run-9");
        assertThat(ownedBy(neighbour, NOW.minusSeconds(59)).isLost(ME, NOW, TIMEOUT, pid -> true)).isFalse();
        assertThat(ownedBy(neighbour, NOW.minusSeconds(61)).isLost(ME, NOW, TIMEOUT, pid -> true)).isTrue();
    }

    @Test
    void anotherHostsExecutionIsLostOnlyWhenItsLeaseExpired() {
        JobOwner other = new JobOwner("node-b", 100, "run-5");
        assertThat(ownedBy(other, NOW.minusSeconds(30)).isLost(ME, NOW, TIMEOUT, pid -> false)).isFalse();
        assertThat(ownedBy(other, NOW.minus(TIMEOUT).minusMillis(1)).isLost(ME, NOW, TIMEOUT, pid -> false)).isTrue();
    }

    @Test
    void anExecutionWithoutALeaseIsLostOnceOlderThanTheTimeout() {
        RunningExecution young = new RunningExecution(8, 4, "nightly-scoring", NOW.minusSeconds(10), null, null);
        RunningExecution old = new RunningExecution(9, 5, "nightly-scoring", NOW.minusSeconds(61), null, null);
        assertThat(young.isLost(ME, NOW, TIMEOUT, pid -> false)).isFalse();
        assertThat(old.isLost(ME, NOW, TIMEOUT, pid -> false)).isTrue();
    }
}

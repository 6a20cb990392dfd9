package app.loadwise.domain.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * An instance that runs batch jobs: its host, its process id, and a random id for this run of the application
 * (a new one after every start or redeployment).
 */
public record JobOwner(String host, long pid, String run) {

    private static final JobOwner CURRENT = new JobOwner(localHost(), ProcessHandle.current().pid(), UUID.randomUUID().toString());

    /** This instance, as long as the application runs. */
    public static JobOwner current() {
        return CURRENT;
    }

    public boolean sameRun(JobOwner other) {
        return run.equals(other.run);
    }

    public boolean sameHost(JobOwner other) {
        return host.equals(other.host);
    }

    @Override
    public String toString() {
        return host + "/" + pid + "/" + run;
    }

    private static String localHost() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}

package app.loadwise.recovery.batch;

/**
 * Where a partition's reader stands, handed to the partition's writer and skip listener as the step's transient
 * data: its partition number (which the step's listener cannot be given as a property, being loaded outside any
 * partition too), the last athlete read and how many were read.
 */
record PartitionPosition(int partition, long lastAthleteId, int done) {
}

/** What the scoring job records for itself: claims on a night's run, each partition's progress, athletes it could not score. */
package app.loadwise.recovery.internal.store;

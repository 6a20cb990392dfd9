/**
 * What the scoring job records for itself: claims on a night's run, each partition's progress, athletes it could not
 * score, and how far the scoring of each club's week has come.
 */
package app.loadwise.recovery.internal.store;

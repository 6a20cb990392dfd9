/** The published load formulas (session-RPE, TRIMP, EWMA, Banister, monotony) as small pure functions. */
package app.loadwise.recovery.engine.metrics;

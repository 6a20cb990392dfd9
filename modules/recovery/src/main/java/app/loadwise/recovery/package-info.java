/**
 * The recovery module's public API: scoring runs, the nightly claim, weekly score queries and trends, how far a
 * club-week's scoring has come and the formula version, and the findings workflow (acknowledgments, injuries and
 * illnesses, rule precision).
 */
package app.loadwise.recovery;

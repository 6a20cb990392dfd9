/**
 * The recovery module's public API: scoring runs, the nightly claim, weekly score queries and the findings workflow
 * (acknowledgments, injuries and illnesses, rule precision).
 */
package app.loadwise.recovery;

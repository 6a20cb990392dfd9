/** The recovery module's public API: scoring runs, the nightly claim and weekly score queries. */
package app.loadwise.recovery;

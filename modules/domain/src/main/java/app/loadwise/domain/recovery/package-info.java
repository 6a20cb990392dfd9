/** Stored weekly scores: an athlete's figures, findings and balance score for one ISO week and formula version. */
package app.loadwise.domain.recovery;

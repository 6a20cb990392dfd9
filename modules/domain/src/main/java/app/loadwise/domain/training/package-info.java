/** The training log: sessions and daily wellness entries of an athlete, keyed by local date. */
package app.loadwise.domain.training;

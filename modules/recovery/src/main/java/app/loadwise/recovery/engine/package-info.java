/** The recovery engine: load metrics, coaching rules and the weekly balance score, as pure functions over records. */
package app.loadwise.recovery.engine;

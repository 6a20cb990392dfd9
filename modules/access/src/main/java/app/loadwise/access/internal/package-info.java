/**
 * The Idempotency-Key bookkeeping: whether a kept answer still counts, and each change to the kept answers in a
 * transaction of its own.
 */
package app.loadwise.access.internal;

/**
 * The access tables: user accounts, API keys, browser sessions, the audit log, the shared rate-limit buckets and the
 * answers kept per caller and Idempotency-Key.
 */
package app.loadwise.access.internal.store;

/** The access tables: user accounts, API keys, browser sessions, the audit log and the shared rate-limit buckets. */
package app.loadwise.access.internal.store;

/** The webhook tables: registrations, the outbox of events and deliveries, and each delivery's attempts. */
package app.loadwise.webhooks.internal.store;

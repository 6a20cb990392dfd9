/** What the weekly club report reads and records: score trends, recipients and deliveries. */
package app.loadwise.reporting.internal.store;

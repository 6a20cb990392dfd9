/** What the weekly club report records and reads itself: recipients, deliveries, and the clubs in id order. */
package app.loadwise.reporting.internal.store;

/** The check-in tables: personal links kept by their token's hash, reminder settings and the reminders sent once a day. */
package app.loadwise.checkin.internal.store;

/** Athletes' daily check-in: personal links kept by their token's hash, and the reminder emails sent once a day. */
package app.loadwise.domain.checkin;

/**
 * Athletes' daily check-in: personal links that coaches issue and revoke, the check-in answered with the link's token
 * alone, reminder emails once a day in the athlete's time zone, and the response rates coaches see.
 */
package app.loadwise.server.checkin;

/**
 * Athletes' daily check-in: personal links that coaches issue and revoke, the check-in answered with the link's token
 * alone, and reminder emails once a day in the athlete's time zone.
 */
package app.loadwise.checkin;

/** Webhooks per club: registration over REST, signed HTTP delivery with retries, and the schedule that sends. */
package app.loadwise.app.webhooks;

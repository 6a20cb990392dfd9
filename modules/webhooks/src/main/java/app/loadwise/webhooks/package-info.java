/**
 * Webhooks per club: registration, the outbox that records red findings and sent reports in the transaction that
 * announced them, signed HTTP delivery with retries, and where a webhook may point.
 */
package app.loadwise.webhooks;
